#include "lsp/positions.h"
#include "lsp/uri.h"

#include <gtest/gtest.h>

namespace crosscheck::lsp {
namespace {

TEST(TextPositions, CountsCharactersInTheAgreedEncoding) {
  // "é" is 2 bytes, one UTF-16 unit; "𝄞" is 4 bytes, two UTF-16 units (a surrogate pair).
  std::string text = "ab\né𝄞x\r\nlast";
  TextPositions p(text);
  std::size_t x = text.find('x');
  EXPECT_EQ(p.position(x, Encoding::utf8), (LspPosition{1, 6}));
  EXPECT_EQ(p.position(x, Encoding::utf16), (LspPosition{1, 3}));
  EXPECT_EQ(p.position(x, Encoding::utf32), (LspPosition{1, 2}));
  EXPECT_EQ(p.offset({1, 3}, Encoding::utf16), x);
  EXPECT_EQ(p.offset({1, 2}, Encoding::utf32), x);
  // Inside a surrogate pair: the code point.
  EXPECT_EQ(p.offset({1, 2}, Encoding::utf16), text.find("𝄞"));
  EXPECT_EQ(p.line_text(1), "é𝄞x");
  EXPECT_EQ(p.position(text.find("last"), Encoding::utf16), (LspPosition{2, 0}));
}

TEST(TextPositions, ClampsPositionsOutsideTheText) {
  std::string text = "one\ntwo";
  TextPositions p(text);
  EXPECT_EQ(p.offset({0, 99}, Encoding::utf16), 3u);
  EXPECT_EQ(p.offset({9, 0}, Encoding::utf16), text.size());
  EXPECT_EQ(p.position(999, Encoding::utf16), (LspPosition{1, 3}));
}

TEST(TextPositions, LinesEndAtCrLfAndLoneCr) {
  std::string text = "a\r\nb\rc\n";
  TextPositions p(text);
  EXPECT_EQ(p.line_count(), 4u);
  EXPECT_EQ(p.line_text(0), "a");
  EXPECT_EQ(p.line_text(1), "b");
  EXPECT_EQ(p.line_text(2), "c");
  EXPECT_EQ(p.offset({0, 5}, Encoding::utf16), 1u);  // before the \r\n
}

TEST(TextPositions, ColumnsOfDiagnosticsAreCodePoints) {
  std::string text = "x: é\n  y: z";
  TextPositions p(text);
  EXPECT_EQ(p.offset_of_column(2, 3), text.find('y'));
  EXPECT_EQ(p.offset_of_column(1, 5), text.find('\n'));
}

TEST(Uri, FileUrisToPathsAndBack) {
  EXPECT_EQ(path_from_uri("file:///home/a%20b/r%C3%A9gles.yaml"), "/home/a b/régles.yaml");
  EXPECT_EQ(path_from_uri("file://localhost/x.yaml"), "/x.yaml");
  EXPECT_EQ(path_from_uri("FILE:///x.yaml"), "/x.yaml");
  EXPECT_FALSE(path_from_uri("untitled:Untitled-1"));
  EXPECT_FALSE(path_from_uri("file://server/share/x.yaml"));
  EXPECT_FALSE(path_from_uri("file:///bad%2"));
  EXPECT_FALSE(path_from_uri("file:///nul%00"));
  EXPECT_EQ(uri_from_path("/home/a b/régles.yaml"), "file:///home/a%20b/r%C3%A9gles.yaml");
  EXPECT_EQ(uri_from_path("/a/./b/../c.txt"), "file:///a/c.txt");
}

}  // namespace
}  // namespace crosscheck::lsp
