#include "text/line_index.h"
#include "text/utf8.h"

#include <gtest/gtest.h>

#include <initializer_list>
#include <string>

namespace crosscheck {
namespace {

// "line:column", so that a failure shows both.
std::string str(const Position& p) { return std::to_string(p.line) + ":" + std::to_string(p.column); }

TEST(LineIndex, CountsLinesAcrossAllThreeTerminators) {
  const std::string text = "one\ntwo\r\nthree\rfour";
  const LineIndex lines(text);
  EXPECT_EQ(lines.line_count(), 4u);
  EXPECT_EQ(lines.line(1), "one");
  EXPECT_EQ(lines.line(2), "two");
  EXPECT_EQ(lines.line(3), "three");
  EXPECT_EQ(lines.line(4), "four");
  EXPECT_EQ(lines.line_start(3), text.find("three"));
  EXPECT_EQ(str(lines.position(text.find("two"))), "2:1");
  EXPECT_EQ(str(lines.position(text.find("four") + 2)), "4:3");
  // The '\n' of a CRLF belongs to the line it ends.
  EXPECT_EQ(str(lines.position(text.find("\r\n") + 1)), "2:5");
}

TEST(LineIndex, CountsColumnsInCodePoints) {
  // "é" is 2 bytes, "’" 3 bytes, "億" 3 bytes, "😀" 4 bytes: each one column.
  const std::string text = "x\ncafé’s 286億円 😀!";
  const LineIndex lines(text);
  EXPECT_EQ(str(lines.position(text.find("’"))), "2:5");
  EXPECT_EQ(str(lines.position(text.find("286"))), "2:8");
  EXPECT_EQ(str(lines.position(text.find("円"))), "2:12");
  EXPECT_EQ(str(lines.position(text.find("!"))), "2:15");
}

TEST(LineIndex, ColumnsStayRightOnVeryLongLines) {
  // Longer than the checkpoint spacing, with multi-byte characters on both sides of checkpoints.
  std::string text = "head\n";
  for (int i = 0; i < 1000; ++i) text += "a’";
  text += "END";
  const LineIndex lines(text);
  EXPECT_EQ(str(lines.position(text.find("END"))), "2:2001");
  std::string second = "ab";
  for (int i = 0; i < 700; ++i) second += "é";
  second += "\nz";
  const LineIndex other(second);
  EXPECT_EQ(str(other.position(second.find('z'))), "2:1");
  EXPECT_EQ(str(other.position(second.find('\n'))), "1:703");
}

TEST(LineIndex, PastTheEndAndEmptyTexts) {
  const std::string text = "ab\ncd\n";
  const LineIndex lines(text);
  EXPECT_EQ(lines.line_count(), 3u);  // the empty line after the last break
  EXPECT_EQ(str(lines.position(text.size())), "3:1");
  EXPECT_EQ(str(lines.position(text.size() + 100)), "3:1");
  EXPECT_EQ(lines.line(3), "");
  EXPECT_EQ(lines.line(0), "");
  EXPECT_EQ(lines.line(4), "");

  const LineIndex no_break("xyz");
  EXPECT_EQ(str(no_break.position(3)), "1:4");

  const LineIndex empty("");
  EXPECT_EQ(empty.line_count(), 1u);
  EXPECT_EQ(str(empty.position(0)), "1:1");
  EXPECT_EQ(empty.line(1), "");
}

TEST(LineIndex, BlankLinesBetweenCrLf) {
  const std::string text = "a\r\n\r\n\rb";
  const LineIndex lines(text);
  EXPECT_EQ(lines.line_count(), 4u);
  EXPECT_EQ(lines.line(2), "");
  EXPECT_EQ(lines.line(3), "");
  EXPECT_EQ(lines.line(4), "b");
  EXPECT_EQ(str(lines.position(text.size() - 1)), "4:1");
}

// count_lines is what a first reading of a file uses instead of an index: it must count the
// same lines, whichever line ends a text mixes.
TEST(LineIndex, CountLinesAgreesWithTheIndex) {
  for (const std::string& text : std::initializer_list<std::string>{"", "a", "a\n", "\n\n", "a\nb\nc", "a\r\nb\r\n", "a\rb\rc", "\r\n\r",
                                 "x\r\n\ny\rz\n", "\u00e9\n\u2019\r\n", std::string(1000, 'q') + "\n\r"})
    EXPECT_EQ(count_lines(text), LineIndex(text).line_count()) << text;
}

// Columns count code points block by block: a multi-byte character across a block boundary
// (every 256 bytes) counts once.
TEST(LineIndex, ColumnsAcrossBlockBoundaries) {
  std::string text(255, 'a');
  text += "\u00e9\u00e9b";  // bytes 255-256 and 257-258
  const LineIndex lines(text);
  EXPECT_EQ(lines.position(text.size() - 1).column, 258u);
  EXPECT_EQ(lines.position(text.size()).column, 259u);
}

TEST(Utf8, AcceptsValidText) {
  EXPECT_FALSE(validate_utf8("plain ASCII"));
  EXPECT_FALSE(validate_utf8("Việt Nam 286億円 😀 \xF4\x8F\xBF\xBF"));
  EXPECT_FALSE(validate_utf8(""));
}

TEST(Utf8, NamesTheFirstBadSequence) {
  struct Case {
    std::string text;
    std::size_t offset;
    std::string message;
  };
  const Case cases[] = {
      {"ab\x80", 2, "unexpected continuation byte 0x80"},
      {"\xC0\xAF", 0, "overlong encoding (byte 0xC0)"},
      {"x\xE0\x80\xAF", 1, "overlong encoding (0xE0 0x80)"},
      {"\xED\xA0\x80", 0, "encoded surrogate (0xED 0xA0)"},
      {"\xF4\x90\x80\x80", 0, "code point above U+10FFFF"},
      {"\xFF", 0, "byte 0xFF never appears in UTF-8"},
      {"é\xC3", 2, "incomplete sequence: byte 0xC3 must be followed by 1 continuation byte"},
      {"\xE2\x80x", 0, "incomplete sequence: byte 0xE2 must be followed by 2 continuation bytes"},
  };
  for (const Case& c : cases) {
    const auto error = validate_utf8(c.text);
    ASSERT_TRUE(error) << c.message;
    EXPECT_EQ(error->offset, c.offset) << c.message;
    EXPECT_EQ(error->message, c.message);
  }
}

TEST(Utf8, DecodesAndEncodesRoundTrip) {
  const std::string text = "a\u00e9\u2019\U0001F600";
  std::size_t pos = 0;
  std::string again;
  std::u32string code_points;
  while (pos < text.size()) code_points += decode_utf8(text, pos);
  EXPECT_EQ(code_points, U"a\u00e9\u2019\U0001F600");
  for (const char32_t cp : code_points) append_utf8(again, cp);
  EXPECT_EQ(again, text);
  std::size_t bad = 0;
  EXPECT_EQ(decode_utf8("\xFFz", bad), U'\uFFFD');
  EXPECT_EQ(bad, 1u);
}

}  // namespace
}  // namespace crosscheck
