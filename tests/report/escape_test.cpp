#include "report/escape.h"

#include <gtest/gtest.h>

namespace crosscheck {
namespace {

TEST(HtmlEscape, EscapesTheFiveSpecials) {
  EXPECT_EQ(html_escape("<script>alert('x') & \"y\"</script>"),
            "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;");
}

TEST(HtmlEscape, ReplacesControlsAndInvalidUtf8) {
  EXPECT_EQ(html_escape(std::string("a\x01" "b\x7f" "c\tx\ny", 9)), "a\xEF\xBF\xBD" "b\xEF\xBF\xBD" "c\tx\ny");
  EXPECT_EQ(html_escape("\xC3"), "\xEF\xBF\xBD");
  EXPECT_EQ(html_escape(std::string("\0", 1)), "\xEF\xBF\xBD");
  EXPECT_EQ(html_escape("é 億 ✓"), "é 億 ✓");
}

TEST(XmlEscape, EscapesSpecialsAndKeepsWhiteSpaceAsReferences) {
  EXPECT_EQ(xml_escape("<a href='x'>&\"</a>"), "&lt;a href=&apos;x&apos;&gt;&amp;&quot;&lt;/a&gt;");
  EXPECT_EQ(xml_escape("a\tb\nc\rd"), "a&#9;b&#10;c&#13;d");
}

TEST(XmlEscape, ReplacesWhatXml10Forbids) {
  const std::string r = "\xEF\xBF\xBD";  // U+FFFD
  EXPECT_EQ(xml_escape("\x01\x08\x0b\x0c\x1f"), r + r + r + r + r);
  EXPECT_EQ(xml_escape("\xEF\xBF\xBE\xEF\xBF\xBF"), "\xEF\xBF\xBD\xEF\xBF\xBD");  // U+FFFE, U+FFFF
  EXPECT_EQ(xml_escape("\xED\xA0\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // a surrogate
  EXPECT_EQ(xml_escape("\xF0\x9F\x98\x80"), "\xF0\x9F\x98\x80");                  // U+1F600 stays
}

TEST(XmlCdata, SplitsTheEndMarker) {
  EXPECT_EQ(xml_cdata("a]]>b"), "<![CDATA[a]]]]><![CDATA[>b]]>");
  EXPECT_EQ(xml_cdata("]]>]]>"), "<![CDATA[]]]]><![CDATA[>]]]]><![CDATA[>]]>");
  EXPECT_EQ(xml_cdata("<x>&\x02"), "<![CDATA[<x>&\xEF\xBF\xBD]]>");
}

TEST(MarkdownEscape, EscapesMarkupAndJoinsLines) {
  EXPECT_EQ(markdown_escape("a|b `c` *d* _e_ [f](g) <h> ~i~ & $5 \\"),
            "a\\|b \\`c\\` \\*d\\* \\_e\\_ \\[f\\](g) \\<h\\> \\~i\\~ \\& \\$5 \\\\");
  EXPECT_EQ(markdown_escape("one\ntwo\r\nthree"), "one two three");
}

TEST(GithubEscape, DataAndProperties) {
  EXPECT_EQ(github_escape_data("50% a\r\nb::c,d"), "50%25 a%0D%0Ab::c,d");
  EXPECT_EQ(github_escape_property("50% a\r\nb::c,d"), "50%25 a%0D%0Ab%3A%3Ac%2Cd");
  EXPECT_EQ(github_escape_data("%0A"), "%250A");
}

TEST(UriFromPath, PercentEncodesWhatIsNotUnreserved) {
  EXPECT_EQ(uri_from_path("fixtures/articles/a-b_c.txt"), "fixtures/articles/a-b_c.txt");
  EXPECT_EQ(uri_from_path("dir with space/a<b>#?%.txt"), "dir%20with%20space/a%3Cb%3E%23%3F%25.txt");
  EXPECT_EQ(uri_from_path("dir\\file.txt"), "dir/file.txt");
  EXPECT_EQ(uri_from_path("é.txt"), "%C3%A9.txt");
}

}  // namespace
}  // namespace crosscheck
