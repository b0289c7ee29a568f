#include "report_testing.h"

#include <gtest/gtest.h>

#include <regex>
#include <sstream>

namespace crosscheck {
namespace {

using testing::hostile_report;
using testing::render;

TEST(MarkdownWriter, SummaryTableByStatusAndSeverity) {
  std::string md = render("markdown", hostile_report());
  EXPECT_NE(md.find("| status | error | warning | info | total |\n|:--|--:|--:|--:|--:|\n"
                    "| fail | 1 | 0 | 0 | 1 |\n| unresolved | 0 | 1 | 0 | 1 |\n| baselined | 0 | 0 | 0 | 0 |\n"
                    "| waived | 0 | 0 | 1 | 1 |\n"
                    "| pass | 1 | 0 | 0 | 1 |\n| **total** | 2 | 1 | 1 | 4 |\n"),
            std::string::npos)
      << md;
}

TEST(MarkdownWriter, OneSectionPerProblem) {
  std::string md = render("markdown", hostile_report());
  EXPECT_NE(md.find("### error: `budget` (disagree)"), std::string::npos);
  EXPECT_NE(md.find("### warning: `ships` (unresolved)"), std::string::npos);
  EXPECT_EQ(md.find("### info: `rank`"), std::string::npos);  // waived: listed, no section
  EXPECT_NE(md.find("### Waived\n\n- `rank`"), std::string::npos);
  EXPECT_EQ(md.find("`visit`"), std::string::npos);  // passes only with --verbose
  EXPECT_NE(render("markdown", hostile_report(), true).find("### Passed\n\n- `visit`"), std::string::npos);
}

TEST(MarkdownWriter, LocationsAsPathLineColumn) {
  Report r = hostile_report();
  std::string md = render("markdown", r);
  EXPECT_NE(md.find("at `fixtures/hostile dir/a<b>&c.txt:3:" + std::to_string(r.findings[0].mentions[0].start.column) + "`"),
            std::string::npos);
  EXPECT_NE(md.find("declared at `rules/hostile <dir>/rules.yaml:10:3`"), std::string::npos);
}

// Every line that carries document text starts with our own markup, never with the text itself,
// and the text has no raw specials.
TEST(MarkdownWriter, HostileTextIsEscaped) {
  std::string md = render("markdown", hostile_report());
  EXPECT_FALSE(std::regex_search(md, std::regex("[^\\\\](<script|<img)")));
  EXPECT_NE(md.find("\\<script\\>window.\\_\\_pwned=1;alert(1)\\</script\\> \\]\\]\\> %0A %25 :: ::error file=x::y "
                    "\\`tick\\` \\`\\`\\` \\| pipe \\*star\\* \\_under\\_ \\[link\\](javascript:alert(1)) \\&amp; \\& "
                    "\"dq\" 'sq' \\$5 \\$6 \\\\ line break CRLF"),
            std::string::npos);
  std::istringstream lines(md);
  for (std::string line; std::getline(lines, line);) {
    if (line.empty()) continue;
    bool ours = line.starts_with("## ") || line.starts_with("### ") || line.starts_with("| ") ||
                line.starts_with("|:") || line.starts_with("- ") || line.starts_with("  > ") ||
                line.starts_with("  - ") || line.starts_with("**") || line.starts_with("Check ") ||
                line.starts_with("About: ") || line.starts_with("<sub>");
    EXPECT_TRUE(ours) << line;
  }
}

TEST(MarkdownWriter, CodeSpansOutlastBackticksInside) {
  Report r = hostile_report();
  r.findings[0].check = "a`b``c";
  EXPECT_NE(render("markdown", r).find("### error: ```a`b``c``` (disagree)"), std::string::npos);
}

}  // namespace
}  // namespace crosscheck
