// The HTML reports in a real browser: tests/report/html_report.browser.mjs drives Debian's
// headless Chromium through playwright-core over the seed report, the hostile fixture's report and
// the hand-built hostile report, discover's and verify's pages over the hostile texts, and saves screenshots (and PDFs) beside the test executable in
// report-artifacts/browser/. Skips when node, playwright-core or chromium is absent.
#include "external_tools.h"
#include "report_testing.h"

#include <gtest/gtest.h>

#include <cstdlib>

namespace crosscheck {
namespace {

using namespace testing;

TEST(HtmlBrowser, ReportsAreSafeSelfContainedAndFilterable) {
  std::string missing = missing_for_browser_test();
  if (!missing.empty())
    GTEST_SKIP() << "browser test skipped: missing " << missing
                 << " (scripts/setup.sh installs chromium and the Node packages)";
  std::filesystem::path dir = artifact_dir() / "browser";
  std::filesystem::create_directories(dir);
  const auto [discover, verify] = hostile_pairing_reports();
  std::vector<std::pair<std::string, std::string>> reports{
      {"discover-hostile", render("html", discover)},
      {"verify-hostile", render("html", verify)},
      {"seed", render("html", run_rules({"rules"}))},
      {"hostile-fixture", render("html", run_rules({"fixtures/hostile/hostile.yaml"}))},
      {"hostile-hand", render("html", hostile_report(), true)},
  };
  std::string command = "CROSSCHECK_NPM_DIR=" + shell_quote(npm_dir()) +
                        " node tests/report/html_report.browser.mjs " + shell_quote(dir.string());
  for (const auto& [name, html] : reports) {
    std::filesystem::path file = dir / (name + ".html");
    write_text(file, html);
    command += " " + shell_quote(file.string());
  }
  std::string output;
  int status = run_command(command, output);
  EXPECT_EQ(status, 0) << output;
  EXPECT_NE(output.find(" passed, 0 failed"), std::string::npos) << output;
  EXPECT_TRUE(std::filesystem::exists(dir / "seed.png"));
}

}  // namespace
}  // namespace crosscheck
