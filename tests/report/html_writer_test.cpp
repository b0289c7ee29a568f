#include "base/sha256.h"
#include "report_testing.h"
#include "support/strings.h"

#include <gtest/gtest.h>

#include <regex>

namespace crosscheck {
namespace {

using testing::hostile_report;
using testing::render;

std::string between(const std::string& text, std::string_view open, std::string_view close) {
  std::size_t b = text.find(open);
  if (b == std::string::npos) return "";
  b += open.size();
  std::size_t e = text.find(close, b);
  return e == std::string::npos ? "" : text.substr(b, e - b);
}

std::string csp_hash_of(const std::string& block) {
  Sha256Digest d = sha256(block);
  return "'sha256-" + base64(std::string_view(reinterpret_cast<const char*>(d.data()), d.size())) + "'";
}

TEST(HtmlWriter, PolicyAllowsExactlyTheInlineStyleAndScript) {
  std::string html = render("html", hostile_report());
  std::string policy = between(html, "<meta http-equiv=\"Content-Security-Policy\" content=\"", "\">");
  ASSERT_FALSE(policy.empty());
  std::string style = between(html, "<style>", "</style>");
  std::string script = between(html, "<script>", "</script>");
  EXPECT_EQ(policy, "default-src 'none'; style-src " + csp_hash_of(style) + "; script-src " + csp_hash_of(script) +
                        "; base-uri 'none'; form-action 'none'");
  // One style block and one script block: ours.
  EXPECT_EQ(count(html, "<style"), 1u);
  EXPECT_EQ(count(html, "<script"), 1u);
  // The policy comes before anything it governs.
  EXPECT_LT(html.find("Content-Security-Policy"), html.find("<style>"));
}

TEST(HtmlWriter, NoInlineHandlersNoExternalResources) {
  std::string html = render("html", hostile_report());
  EXPECT_FALSE(std::regex_search(html, std::regex("<[^>]*\\son[a-z]+\\s*=", std::regex::icase)));
  EXPECT_FALSE(std::regex_search(html, std::regex("<[a-z]+[^>]*\\s(src|style|href)\\s*=\"(?!https)", std::regex::icase)));
  EXPECT_EQ(html.find("<link"), std::string::npos);
  EXPECT_EQ(html.find("<img"), std::string::npos);
  EXPECT_EQ(html.find("@import"), std::string::npos);
  EXPECT_EQ(html.find("url("), std::string::npos);
}

TEST(HtmlWriter, EveryDocumentTextIsEscaped) {
  std::string html = render("html", hostile_report());
  EXPECT_NE(html.find("&lt;script&gt;window.__pwned=1;alert(1)&lt;/script&gt; ]]&gt; %0A %25 :: ::error file=x::y "
                      "`tick` ``` | pipe *star* _under_ [link](javascript:alert(1)) &amp;amp; &amp; &quot;dq&quot; "
                      "&#39;sq&#39;"),
            std::string::npos);
  EXPECT_NE(html.find("&lt;img src=x onerror=alert(2)&gt;"), std::string::npos);
  EXPECT_NE(html.find("<title>crosscheck: Title &lt;script&gt;"), std::string::npos);
  EXPECT_NE(html.find("fixtures/hostile dir/a&lt;b&gt;&amp;c.txt:3:"), std::string::npos);
  EXPECT_NE(html.find("é 億 ✓"), std::string::npos);
  EXPECT_EQ(html.find('\x01'), std::string::npos);
  EXPECT_EQ(html.find('\x1b'), std::string::npos);
}

// A javascript: URL from a rule file is shown as text, an http(s) one is a link.
TEST(HtmlWriter, OnlyWebUrlsBecomeLinks) {
  std::string html = render("html", hostile_report());
  EXPECT_EQ(html.find("href=\"javascript"), std::string::npos);
  EXPECT_NE(html.find("<span class=\"path\">javascript:alert(3)</span>"), std::string::npos);
  EXPECT_NE(html.find("<a href=\"https://example.invalid/?a=1&amp;b=&lt;2&gt;\" rel=\"noopener noreferrer\">"),
            std::string::npos);
}

TEST(HtmlWriter, FindingsCarryWhatTheFiltersNeed) {
  std::string html = render("html", hostile_report());
  EXPECT_NE(html.find("<details class=\"finding\" id=\"check-budget\" data-status=\"fail\" data-severity=\"error\" "
                      "data-sources=\"plain page\" open>"),
            std::string::npos);
  EXPECT_NE(html.find("data-status=\"unresolved\" data-severity=\"warning\""), std::string::npos);
  EXPECT_NE(html.find("data-status=\"waived\" data-severity=\"info\""), std::string::npos);
  EXPECT_NE(html.find("id=\"check-visit\" data-status=\"pass\" data-severity=\"error\" data-sources=\"plain page\">"),
            std::string::npos);
  EXPECT_NE(html.find("<div id=\"filters\" class=\"filters\" hidden>"), std::string::npos);
  for (std::string_view v : {"fail", "unresolved", "waived", "pass"})
    EXPECT_NE(html.find("name=\"status\" value=\"" + std::string(v) + "\" checked"), std::string::npos) << v;
  EXPECT_NE(html.find("<option value=\"plain\">plain</option><option value=\"page\">page</option>"),
            std::string::npos);
}

// The passage shows the line around the figure: the quote underlined, the figure marked.
TEST(HtmlWriter, PassageMarksTheFigureInsideTheQuote) {
  std::string html = render("html", hostile_report());
  std::string passage = between(html, "<blockquote class=\"passage\">", "</blockquote>");
  ASSERT_FALSE(passage.empty());
  EXPECT_TRUE(passage.starts_with("Before <span class=\"quote\">&lt;script&gt;")) << passage;
  EXPECT_NE(passage.find(" the <mark>$5 million</mark></span> after &lt;script&gt;"), std::string::npos) << passage;
  EXPECT_NE(html.find("<figure class=\"mention primary\">"), std::string::npos);
  EXPECT_NE(html.find("<figure class=\"mention other\">"), std::string::npos);
}

TEST(HtmlWriter, LongLinesAreCutAroundTheQuote) {
  Report r = hostile_report();
  MentionReport& m = r.findings[0].mentions[0];
  std::string padding(2000, 'x');
  padding += ' ';
  m.line_text = padding + "the $5 million figure " + padding;
  m.start.column = padding.size() + 5;
  m.end.column = m.start.column + 10;
  m.span = Span{5000 + padding.size() + 4, 5000 + padding.size() + 14};
  m.quote_span = Span{5000 + padding.size(), 5000 + padding.size() + 14};
  m.line_figure = Span{padding.size() + 4, padding.size() + 14};
  m.line_quote = Span{padding.size(), padding.size() + 14};
  std::string passage = between(render("html", r), "<blockquote class=\"passage\">", "</blockquote>");
  EXPECT_LT(passage.size(), 800u);
  EXPECT_NE(passage.find("<span class=\"quote\">the <mark>$5 million</mark></span>"), std::string::npos) << passage;
  EXPECT_TRUE(passage.starts_with("…"));
}

TEST(HtmlWriter, ValuesRatesAndDiagnosis) {
  std::string html = render("html", hostile_report());
  EXPECT_NE(html.find("<dt>rate</dt><dd>rate &lt;script&gt;"), std::string::npos);
  EXPECT_NE(html.find("<dt>value</dt><dd>"), std::string::npos);
  EXPECT_NE(html.find("<li><code>different-referents</code> diagnosis &lt;script&gt;"), std::string::npos);
  EXPECT_NE(html.find("<p class=\"delta\">Difference: "), std::string::npos);
  EXPECT_NE(html.find("<p class=\"meta\">Waived: reason &lt;script&gt;"), std::string::npos);
}

TEST(HtmlWriter, AnchorsAreUnique) {
  Report r = hostile_report();
  r.findings[1].check = r.findings[0].check;
  std::string html = render("html", r);
  EXPECT_NE(html.find("id=\"check-budget\""), std::string::npos);
  EXPECT_NE(html.find("id=\"check-budget-2\""), std::string::npos);
}

TEST(HtmlWriter, NoTimeStamps) {
  std::string html = render("html", hostile_report());
  EXPECT_FALSE(std::regex_search(html, std::regex("20[0-9][0-9]-[0-9][0-9]-[0-9][0-9]T")));
}

}  // namespace
}  // namespace crosscheck
