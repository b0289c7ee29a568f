#include "report_testing.h"

#include <gtest/gtest.h>

#include <sstream>

namespace crosscheck {
namespace {

using testing::hostile_report;
using testing::render;

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

TEST(GithubWriter, OneCommandPerProblemThenASummary) {
  Report r = hostile_report();
  std::vector<std::string> lines = lines_of(render("github", r));
  ASSERT_EQ(lines.size(), 3u);
  std::size_t column = r.findings[0].mentions[0].start.column;
  EXPECT_TRUE(lines[0].starts_with(
      "::error file=fixtures/hostile dir/a<b>&c.txt,line=3,endLine=3,col=" + std::to_string(column) +
      ",endColumn=" + std::to_string(column + 10) + ",title=crosscheck disagree%3A budget::message "))
      << lines[0];
  EXPECT_TRUE(lines[1].starts_with("::warning file=")) << lines[1];
  EXPECT_EQ(lines[2], "crosscheck: 4 checks: 1 passed, 1 failed (1 error, 0 warning, 0 info), 1 unresolved, 1 waived");
}

TEST(GithubWriter, InfoIsANotice) {
  Report r = hostile_report();
  r.findings[0].severity = Severity::info;
  EXPECT_TRUE(render("github", r).starts_with("::notice "));
}

// No document text can end the command line or start another command.
TEST(GithubWriter, HostileTextIsEscaped) {
  Report r = hostile_report();
  r.findings[0].check = "id,with::colons%0A";
  r.findings[0].mentions[0].start.file = "a,b:c%.txt";
  std::string text = render("github", r);
  std::vector<std::string> lines = lines_of(text);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(text.find('\r'), std::string::npos);
  EXPECT_TRUE(lines[0].starts_with("::error file=a%2Cb%3Ac%25.txt,line=3,")) << lines[0];
  EXPECT_NE(lines[0].find(",title=crosscheck disagree%3A id%2Cwith%3A%3Acolons%250A::"), std::string::npos) << lines[0];
  EXPECT_NE(lines[0].find("::message <script>window.__pwned=1;alert(1)</script> ]]> %250A %2525 :: ::error file=x::y"),
            std::string::npos);
  EXPECT_NE(lines[0].find("line%0Abreak%0D%0ACRLF"), std::string::npos);
  EXPECT_NE(lines[0].find("%0Ahint: different-referents: diagnosis "), std::string::npos);
}

}  // namespace
}  // namespace crosscheck
