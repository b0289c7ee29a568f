// discover's conflicts and matrix in check's report model, and the HTML page made of them.
#include "discover_testing.h"
#include "report/writers.h"
#include "support/test_files.h"

#include <gtest/gtest.h>

#include <sstream>

namespace crosscheck {
namespace {


struct Page : testing::LoadedTexts {
  std::vector<Conflict> conflicts;
  Report report;
  std::string html;

  explicit Page(const std::vector<std::string>& paths) : LoadedTexts(with_root(paths)) {
    conflicts = find_conflicts(sources, normaliser, options);
    report = conflicts_report(sources, conflicts, context());
    std::ostringstream out;
    write_html(report, WriterOptions{}, out);
    html = out.str();
  }

  static std::vector<std::string> with_root(std::vector<std::string> paths) {
    for (std::string& path : paths) path = kSourceRoot + "/" + path;
    return paths;
  }
};

std::size_t count(std::string_view text, std::string_view what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string_view::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

TEST(ConflictReport, EachConflictAFailedFindingWithBothPassages) {
  Page page({"fixtures/discover/ministry-2024-03-02.txt", "fixtures/discover/wire-2024-03-03.txt"});
  ASSERT_EQ(page.report.findings.size(), 1u);
  const Finding& f = page.report.findings[0];
  EXPECT_EQ(f.check, "conflict-1");
  EXPECT_EQ(f.status, Status::fail);
  ASSERT_EQ(f.mentions.size(), 2u);
  EXPECT_EQ(f.mentions[0].figure->text, "1,200 soldiers");
  EXPECT_NE(f.mentions[1].quote.find("About 1,500 soldiers took part"), std::string::npos) << f.mentions[1].quote;
  EXPECT_EQ(f.confidence, page.conflicts[0].score);
  EXPECT_EQ(page.report.summary.failed, 1u);
  ASSERT_EQ(page.report.tables.size(), 1u);
  const ReportTable& matrix = page.report.tables[0];
  ASSERT_EQ(matrix.rows.size(), 2u);
  EXPECT_EQ(matrix.rows[0], (std::vector<std::string>{"fact", "ministry_2024_03_02", "wire_2024_03_03"}));
  EXPECT_EQ(matrix.rows[1][1], "1,200 soldiers");
}

TEST(ConflictReport, TheHtmlPageHoldsPassagesDifferenceSignalsAndMatrix) {
  Page page({"fixtures/discover/ministry-2024-03-02.txt", "fixtures/discover/wire-2024-03-03.txt"});
  const std::string& html = page.html;
  EXPECT_NE(html.find("Content-Security-Policy"), std::string::npos);
  EXPECT_NE(html.find("<mark>1,200 soldiers</mark>"), std::string::npos) << html;
  EXPECT_NE(html.find("<mark>1,500 soldiers</mark>"), std::string::npos);
  EXPECT_NE(html.find("Difference: "), std::string::npos);
  EXPECT_NE(html.find("<p class=\"confidence\">Confidence "), std::string::npos);
  EXPECT_NE(html.find("<ul class=\"signals\">"), std::string::npos);
  EXPECT_NE(html.find("<section id=\"matrix\">"), std::string::npos);
  EXPECT_NE(html.find("<th>wire_2024_03_03</th>"), std::string::npos);
  EXPECT_NE(html.find("<td>1,200 soldiers</td>"), std::string::npos);
  EXPECT_EQ(html.find("check declared at"), std::string::npos);  // no rule file declares them
  EXPECT_EQ(html.find("Rule files:"), std::string::npos);
}

// Hostile document text (script tags, event handlers, CDATA ends) never becomes markup in the
// passages, the quotes and the matrix: the page's own script is its only one.
TEST(ConflictReport, HostileTextIsEscaped) {
  Page page({"fixtures/hostile/plain-article.txt", "fixtures/hostile/html-article.html"});
  ASSERT_FALSE(page.conflicts.empty());
  const std::string& html = page.html;
  EXPECT_EQ(count(html, "<script"), 1u);
  EXPECT_EQ(html.find("<img"), std::string::npos);
  EXPECT_EQ(html.find("onerror=\""), std::string::npos);
  // Passages are the text as read: the source's tags are markup, not shown; its text is escaped.
  EXPECT_EQ(html.find("window.__pwned"), std::string::npos) << html;
  EXPECT_NE(html.find("budget of <mark>$5 million</mark> ]]&gt; was final"), std::string::npos) << html;
  EXPECT_EQ(html.find("]]>"), std::string::npos);
}

}  // namespace
}  // namespace crosscheck
