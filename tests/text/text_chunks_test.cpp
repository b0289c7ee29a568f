#include "text/text_chunks.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <vector>

namespace crosscheck {
namespace {

std::vector<std::string> pieces(const std::string& text, ChunkCut cut, ChunkSizes sizes) {
  std::size_t at = 0;
  ChunkReader reader(
      [&](char* to, std::size_t n) {
        n = std::min<std::size_t>({n, text.size() - at, 7});  // a trickle, as a pipe gives
        std::memcpy(to, text.data() + at, n);
        at += n;
        return n;
      },
      cut, sizes);
  std::vector<std::string> out;
  std::size_t offset = 0;
  while (auto piece = reader.next()) {
    EXPECT_EQ(reader.offset(), offset);
    offset += piece->size();
    out.emplace_back(*piece);
  }
  return out;
}

std::string joined(const std::vector<std::string>& parts) {
  std::string s;
  for (const auto& p : parts) s += p;
  return s;
}

TEST(TextChunks, ParagraphsAreCutAfterBlankLines) {
  const std::string text = "One 1.\nTwo 2.\n\nThree 3.\n \t\r\nFour 4.\n";
  const auto parts = pieces(text, ChunkCut::paragraph, {1, 1 << 20});
  EXPECT_EQ(parts, (std::vector<std::string>{"One 1.\nTwo 2.\n\n", "Three 3.\n \t\r\n", "Four 4.\n"}));
}

TEST(TextChunks, APieceHoldsAtLeastTheTarget) {
  const std::string text = "a\n\nb\n\nc\n\nd\n";
  EXPECT_EQ(pieces(text, ChunkCut::paragraph, {4, 1 << 20}), (std::vector<std::string>{"a\n\nb\n\n", "c\n\nd\n"}));
}

TEST(TextChunks, NoCutBeforeWhatBelongsToTheFigureBefore) {
  // A partner in parentheses, a comma or a semicolon continue the paragraph before.
  for (const char* next : {"($5)", ")", ", said", "; and"}) {
    const std::string text = std::string("100 yen\n\n") + next + "\n";
    EXPECT_EQ(pieces(text, ChunkCut::paragraph, {1, 1 << 20}).size(), 1u) << next;
  }
}

TEST(TextChunks, NoPieceStartsWithAByteOrderMark) {
  const std::string text = "a\n\n\xEF\xBB\xBF" "b\n\nc\n";
  const auto parts = pieces(text, ChunkCut::paragraph, {1, 1 << 20});
  EXPECT_EQ(parts, (std::vector<std::string>{"a\n\n\xEF\xBB\xBF" "b\n\n", "c\n"}));
  EXPECT_EQ(pieces(text, ChunkCut::line, {1, 1 << 20}).size(), 4u);  // "a\n", "\n" + BOM + "b\n", "\n", "c\n"
}

TEST(TextChunks, ALongParagraphIsCutAtALineEndBeforeTheCap) {
  std::string text;
  for (int i = 0; i < 100; ++i) text += "line " + std::to_string(i) + "\n";
  const auto parts = pieces(text, ChunkCut::paragraph, {16, 64});
  EXPECT_EQ(joined(parts), text);
  EXPECT_GT(parts.size(), 10u);
  for (const auto& p : parts) {
    EXPECT_LE(p.size(), 64u);
    EXPECT_EQ(p.back(), '\n');
  }
}

TEST(TextChunks, ALineLongerThanTheCapIsKeptWhole) {
  const std::string text = std::string(300, 'x') + "\n" + std::string(10, 'y') + "\n";
  const auto parts = pieces(text, ChunkCut::line, {16, 64});
  EXPECT_EQ(parts, (std::vector<std::string>{std::string(300, 'x') + "\n", std::string(10, 'y') + "\n"}));
}

TEST(TextChunks, LinesAreCutAfterAnyLineBreak) {
  const std::string text = "a\nb\r\nc";
  EXPECT_EQ(pieces(text, ChunkCut::line, {1, 1 << 20}), (std::vector<std::string>{"a\n", "b\r\n", "c"}));
  EXPECT_TRUE(pieces("", ChunkCut::line, {}).empty());
}

}  // namespace
}  // namespace crosscheck
