#include "cli/app.h"
#include "support/cli_run.h"
#include "support/test_files.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace crosscheck {
namespace {

TEST(App, VersionAndHelp) {
  CliRun version = run({"--version"});
  EXPECT_EQ(version.status, 0);
  EXPECT_EQ(version.out.rfind("crosscheck ", 0), 0u);
  CliRun help = run({"--help"});
  EXPECT_EQ(help.status, 0);
  for (const char* command : {"check", "lint", "extract"})
    EXPECT_NE(help.out.find(command), std::string::npos) << command;
  CliRun check_help = run({"check", "--help"});
  EXPECT_EQ(check_help.status, 0);
  EXPECT_NE(check_help.out.find("--fail-on"), std::string::npos);
}

TEST(App, UsageErrorsExitTwo) {
  CliRun unknown = run({"frobnicate"});
  EXPECT_EQ(unknown.status, 2);
  EXPECT_NE(unknown.err.find("error"), std::string::npos);
  CliRun fail_on = run({"check", "rules", "--fail-on", "sometimes"});
  EXPECT_EQ(fail_on.status, 2);
  CliRun format = run({"check", "rules", "--report", "pdf"});
  EXPECT_EQ(format.status, 2);
  EXPECT_NE(format.err.find("unknown report format 'pdf'"), std::string::npos);
}

TEST(App, SeedRulesFailOnTheVesselCounts) {
  CliRun r = run({"check", "rules"});
  EXPECT_EQ(r.status, 1) << r.err;
  // Both locations of the disagreement, and the hint about "additional".
  EXPECT_NE(r.out.find("error[disagree]: vessels_2015"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("--> fixtures/articles/csis-2015-09-party-chief-visit.txt:11:143"),
            std::string::npos);
  EXPECT_NE(r.out.find("--> fixtures/articles/thayer-2016-proactive-international-integration.txt:425:23"),
            std::string::npos);
  EXPECT_NE(r.out.find("different-referents"), std::string::npos);
  // The hospital aid: a scale slip naming the figure that would agree.
  EXPECT_NE(r.out.find("error[disagree]: hospital_oda"), std::string::npos);
  EXPECT_NE(r.out.find("28.6 billion yen"), std::string::npos);
  EXPECT_EQ(r.out.find("infrastructure_loan"), std::string::npos) << "it passes, so it is not shown";
}

TEST(App, FailOnNeverExitsZeroAndQuietPrintsNothing) {
  CliRun r = run({"check", "rules", "--fail-on", "never", "--quiet"});
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.out, "");
}

TEST(App, LintResolvesEveryQuote) {
  CliRun r = run({"lint", "rules"});
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("all quotes found"), std::string::npos);
}

TEST(App, JsonReportIsWrittenWhole) {
  std::filesystem::path dir = std::filesystem::temp_directory_path() / "crosscheck-app-test";
  std::filesystem::create_directories(dir);
  std::string file = (dir / "report.json").string();
  CliRun r = run({"check", "rules", "--quiet", "--report", "json=" + file});
  EXPECT_EQ(r.status, 1);
  std::string json = read_file(file);
  EXPECT_EQ(json.rfind("{\n  \"schema\": \"crosscheck.report/2\"", 0), 0u);
  EXPECT_EQ(json.back(), '\n');
  // No temporary file is left beside it.
  std::size_t files = 0;
  for (auto& entry : std::filesystem::directory_iterator(dir)) files += entry.is_regular_file();
  EXPECT_EQ(files, 1u);
  // Deterministic: a second run writes the same bytes.
  run({"check", "rules", "--quiet", "--report", "json=" + file});
  EXPECT_EQ(read_file(file), json);
  std::filesystem::remove_all(dir);
}

TEST(App, ReportToADirectoryIsAnErrorAndNothingIsHalfWritten) {
  std::filesystem::path dir = std::filesystem::temp_directory_path() / "crosscheck-app-dir";
  std::filesystem::create_directories(dir);
  CliRun r = run({"check", "rules", "--quiet", "--report", "json=" + dir.string()});
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("is a directory"), std::string::npos);
  std::filesystem::remove_all(dir);
}

// Every bad input ends in exit 2 and exactly the expected located messages.
void expect_golden_errors(const std::string& folder, const std::string& command) {
  std::size_t seen = 0;
  std::vector<std::filesystem::path> files;
  for (auto& entry : std::filesystem::directory_iterator(folder))
    if (entry.path().extension() == ".yaml" && std::filesystem::exists(
            std::filesystem::path(entry.path()).replace_extension(".expected")))
      files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  for (const auto& yaml : files) {
    std::string expected = read_file(std::filesystem::path(yaml).replace_extension(".expected"));
    CliRun r = run({command, yaml.generic_string()});
    EXPECT_EQ(r.status, 2) << yaml;
    EXPECT_EQ(r.err, expected) << yaml;
    ++seen;
  }
  EXPECT_GT(seen, 3u);
}

TEST(App, BadRuleFilesExitTwoWithLocatedErrors) {
  expect_golden_errors("fixtures/bad-rules", "lint");
  expect_golden_errors("fixtures/bad-rules", "check");
}

TEST(App, BadSourcesExitTwoWithLocatedErrors) {
  expect_golden_errors("fixtures/bad-runs", "check");
  expect_golden_errors("fixtures/bad-runs", "lint");
}

TEST(App, ExtractReadsStandardInput) {
  CliRun r = run({"extract", "-", "--format", "jsonl"}, "Japan donated six used patrol boats.\n");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("\"text\":\"six used patrol boats\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"kind\":\"count\""), std::string::npos);
  CliRun missing = run({"extract", "no-such-file.txt"});
  EXPECT_EQ(missing.status, 2);
  EXPECT_NE(missing.err.find("no-such-file.txt"), std::string::npos);
}

}  // namespace
}  // namespace crosscheck

namespace crosscheck {
namespace {

TEST(App, OutputDoesNotDependOnJobs) {
  std::string one = run({"check", "rules", "--jobs", "1", "--report", "json"}).out;
  std::string four = run({"check", "rules", "--jobs", "4", "--report", "json"}).out;
  EXPECT_FALSE(one.empty());
  EXPECT_EQ(one, four);
}

TEST(App, BaselineSilencesKnownFailuresOnly) {
  std::filesystem::path dir = std::filesystem::temp_directory_path() / "crosscheck-baseline-test";
  std::filesystem::create_directories(dir);
  std::string baseline = (dir / "baseline.json").string();
  CliRun write = run({"check", "rules", "--quiet", "--write-baseline", baseline});
  EXPECT_EQ(write.status, 1);
  std::string text = read_file(baseline);
  EXPECT_NE(text.find("\"check\": \"hospital_oda\""), std::string::npos) << text;
  EXPECT_NE(text.find("\"check\": \"vessels_2015\""), std::string::npos);
  // With the baseline, the same failures no longer fail the run.
  CliRun again = run({"check", "rules", "--baseline", baseline});
  EXPECT_EQ(again.status, 0) << again.out;
  EXPECT_NE(again.out.find("2 baselined"), std::string::npos) << again.out;
  CliRun bad = run({"check", "rules", "--baseline", (dir / "missing.json").string()});
  EXPECT_EQ(bad.status, 2);
  std::filesystem::remove_all(dir);
}

TEST(App, ConvertSaysWhichRateItUsed) {
  CliRun r = run({"convert", "100 billion yen", "USD", "--date", "2015-09-15"});
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("100 billion yen = $835.794 million"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("119.65 JPY/USD on 2015-09-15 (ECB euro reference rates"), std::string::npos);
  EXPECT_EQ(run({"convert", "six vessels", "USD"}).status, 2);
  EXPECT_EQ(run({"convert", "$5", "XYZ"}).status, 2);
}

// --rates lays a CSV over the built-in table, in `check` and `convert` alike: 1.1966 JPY/USD (the
// yen read a hundred times too strong) makes '286 million yen' agree with '$239 million'.
TEST(App, RatesFileReplacesTheBuiltInRate) {
  const auto file = std::filesystem::temp_directory_path() / "crosscheck-app-test-rates.csv";
  std::ofstream(file) << "# a deliberately wrong rate\ndate,base,quote,rate\n2015-09-15,USD,JPY,1.1966\n";
  CliRun converted = run({"convert", "286 million yen", "USD", "--date", "2015-09-15", "--rates", file.string()});
  EXPECT_EQ(converted.status, 0) << converted.err;
  EXPECT_NE(converted.out.find("286 million yen = $239.011 million"), std::string::npos) << converted.out;
  CliRun checked = run({"check", "rules", "--quiet", "--report", "json", "--rates", file.string()});
  EXPECT_NE(checked.out.find(R"("check": "hospital_oda",)"), std::string::npos);
  const std::size_t hospital = checked.out.find(R"("check": "hospital_oda",)");
  EXPECT_EQ(checked.out.find(R"("status": "pass")", hospital),
            checked.out.find(R"("status": )", hospital))
      << "hospital_oda should pass at the replaced rate";
  std::filesystem::remove(file);
  CliRun missing = run({"check", "rules", "--rates", "no-such-rates.csv"});
  EXPECT_EQ(missing.status, 2);
  EXPECT_NE(missing.err.find("no-such-rates.csv: error: cannot open the rates file"), std::string::npos)
      << missing.err;
}

// discover lists what disagrees with no rule file, and writes a rule file that lint accepts.
TEST(App, DiscoverWritesRulesThatLint) {
  const auto dir = std::filesystem::temp_directory_path() / "crosscheck-app-discover";
  std::filesystem::create_directories(dir);
  const std::string rules = (dir / "found.yaml").string();
  CliRun r = run({"discover", "fixtures/discover/ministry-2024-03-02.txt",
                  "fixtures/discover/wire-2024-03-03.txt", "--write-rules", rules});
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("1 candidate conflict(s) among 2 texts"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("'1,200 soldiers' vs '1,500 soldiers'"), std::string::npos) << r.out;
  CliRun lint = run({"lint", rules});
  EXPECT_EQ(lint.status, 0) << lint.err;
  EXPECT_NE(lint.out.find("1 claims, 2 mentions"), std::string::npos) << lint.out;
  std::filesystem::remove_all(dir);
  CliRun missing = run({"discover", "no-such-file.txt", "fixtures/discover/wire-2024-03-03.txt"});
  EXPECT_EQ(missing.status, 2);
  EXPECT_NE(missing.err.find("no-such-file.txt"), std::string::npos);
}

// --format json is one document of schema crosscheck.conflicts/1; --matrix one row per fact.
TEST(App, DiscoverAsJsonAndAsMatrix) {
  const std::vector<std::string> texts = {"fixtures/discover/ministry-2024-03-02.txt",
                                          "fixtures/discover/wire-2024-03-03.txt"};
  std::vector<std::string> args = {"discover", texts[0], texts[1], "--format", "json"};
  CliRun json = run(args);
  EXPECT_EQ(json.status, 0) << json.err;
  EXPECT_EQ(json.out.rfind("{", 0), 0u) << json.out;
  EXPECT_NE(json.out.find("\"schema\": \"crosscheck.conflicts/1\""), std::string::npos) << json.out;
  EXPECT_NE(json.out.find("\"text\": \"1,500 soldiers\""), std::string::npos) << json.out;
  CliRun matrix = run({"discover", texts[0], texts[1], "--matrix"});
  EXPECT_EQ(matrix.status, 0) << matrix.err;
  EXPECT_NE(matrix.out.find("1 fact(s) the texts disagree on"), std::string::npos) << matrix.out;
  EXPECT_NE(matrix.out.find("1,200 soldiers"), std::string::npos) << matrix.out;
  CliRun bad = run({"discover", texts[0], texts[1], "--format", "xml"});
  EXPECT_EQ(bad.status, 2);
}

// discover --report html=FILE: the conflicts and the matrix as one page, written whole.
TEST(App, DiscoverWritesItsHtmlPage) {
  const auto dir = std::filesystem::temp_directory_path() / "crosscheck-app-discover-html";
  std::filesystem::create_directories(dir);
  const std::string page = (dir / "conflicts.html").string();
  CliRun r = run({"discover", "fixtures/discover/ministry-2024-03-02.txt", "fixtures/discover/wire-2024-03-03.txt",
                  "--report", "html=" + page});
  EXPECT_EQ(r.status, 0) << r.err;
  const std::string html = read_file(page);
  EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_NE(html.find("<section id=\"matrix\">"), std::string::npos);
  EXPECT_NE(html.find("<mark>1,200 soldiers</mark>"), std::string::npos);
  CliRun bad = run({"discover", "fixtures/discover/ministry-2024-03-02.txt", "fixtures/discover/wire-2024-03-03.txt",
                    "--report", "sarif=x.sarif"});
  EXPECT_EQ(bad.status, 2);
  EXPECT_NE(bad.err.find("expected html=FILE"), std::string::npos) << bad.err;
  std::filesystem::remove_all(dir);
}

// verify exits 1 on a contradicted figure, writes every report format check has, and with
// --fail-on unsupported also fails on a figure no source states.
TEST(App, VerifyGivesEveryFigureAVerdictInEveryFormat) {
  const std::string draft = "fixtures/discover/ministry-2024-03-02.txt";
  const std::string source = "fixtures/discover/wire-2024-03-03.txt";
  CliRun console = run({"verify", draft, "--sources", source});
  EXPECT_EQ(console.status, 1) << console.err;
  EXPECT_NE(console.out.find("contradicted: '1,200 soldiers' against '1,500 soldiers'"), std::string::npos)
      << console.out;
  EXPECT_NE(console.out.find("= confidence: "), std::string::npos);
  const auto dir = std::filesystem::temp_directory_path() / "crosscheck-app-verify";
  std::filesystem::create_directories(dir);
  std::vector<std::string> args{"verify", draft, "--sources", source, "--quiet"};
  for (const char* format : {"json", "sarif", "junit", "markdown", "github", "html"})
    args.push_back("--report=" + std::string(format) + "=" + (dir / format).string());
  CliRun all = run(args);
  EXPECT_EQ(all.status, 1) << all.err;
  EXPECT_NE(read_file(dir / "json").find("\"confidence\": "), std::string::npos);
  EXPECT_NE(read_file(dir / "sarif").find("1,500 soldiers"), std::string::npos);
  EXPECT_NE(read_file(dir / "junit").find("<failure"), std::string::npos);
  EXPECT_NE(read_file(dir / "markdown").find("contradicted"), std::string::npos);
  EXPECT_NE(read_file(dir / "github").find("::error file=fixtures/discover/ministry-2024-03-02.txt,line=1"),
            std::string::npos) << read_file(dir / "github");
  EXPECT_NE(read_file(dir / "html").find("<mark>1,200 soldiers</mark>"), std::string::npos);
  std::filesystem::remove_all(dir);

  // The draft against itself: every figure supported.
  EXPECT_EQ(run({"verify", draft, "--sources", draft}).status, 0);
  // The wire's cargo figure is in no other text.
  EXPECT_EQ(run({"verify", source, "--sources", draft, "--fail-on", "never"}).status, 0);
  CliRun unsupported = run({"verify", draft, "--sources", draft, "--fail-on", "unsupported"});
  EXPECT_EQ(unsupported.status, 0) << unsupported.out;
  CliRun fails = run({"verify", "fixtures/discover/wire-2024-03-03.txt", "--sources", "fixtures/articles/csis-2015-09-party-chief-visit.txt",
                      "--fail-on", "unsupported", "--quiet"});
  EXPECT_EQ(fails.status, 1);
}

TEST(App, VerifyBadInputExitsTwoWithALocation) {
  CliRun missing = run({"verify", "fixtures/discover/ministry-2024-03-02.txt", "--sources", "no-such-file.txt"});
  EXPECT_EQ(missing.status, 2);
  EXPECT_NE(missing.err.find("no-such-file.txt"), std::string::npos) << missing.err;
  CliRun invalid = run({"verify", "fixtures/bad-sources/invalid-utf8.txt", "--sources",
                        "fixtures/discover/wire-2024-03-03.txt"});
  EXPECT_EQ(invalid.status, 2);
  EXPECT_NE(invalid.err.find("fixtures/bad-sources/invalid-utf8.txt:"), std::string::npos) << invalid.err;
  EXPECT_NE(invalid.err.find(": error: "), std::string::npos) << invalid.err;
  EXPECT_EQ(run({"verify", "fixtures/discover/ministry-2024-03-02.txt"}).status, 2);  // no --sources
  EXPECT_EQ(run({"verify", "fixtures/discover/ministry-2024-03-02.txt", "--sources",
                 "fixtures/discover/wire-2024-03-03.txt", "--report", "pdf"}).status, 2);
}

// `crosscheck lsp` over a stream: framed messages in, framed answers out, exit status 0 after
// shutdown and exit (1 when the client exits without shutting down).
TEST(App, LspServesASessionOverItsInput) {
  auto framed = [](const std::string& body) { return "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body; };
  std::string session = framed(R"({"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}})") +
                        framed(R"({"jsonrpc":"2.0","method":"initialized","params":{}})") +
                        framed(R"({"jsonrpc":"2.0","id":2,"method":"shutdown"})") +
                        framed(R"({"jsonrpc":"2.0","method":"exit"})");
  CliRun r = run({"lsp"}, session);
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(r.out.starts_with("Content-Length: ")) << r.out;
  EXPECT_NE(r.out.find(R"("id":1)"), std::string::npos);
  EXPECT_NE(r.out.find(R"("name":"crosscheck")"), std::string::npos);
  EXPECT_NE(r.out.find(R"({"id":2,"jsonrpc":"2.0","result":null})"), std::string::npos) << r.out;
  EXPECT_EQ(run({"lsp", "--stdio"}, framed(R"({"jsonrpc":"2.0","method":"exit"})")).status, 1);
}

}  // namespace
}  // namespace crosscheck
