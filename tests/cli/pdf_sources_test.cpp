// A PDF source through the CLI: the seed paper typeset as a PDF (scripts/make-pdf-fixtures.sh)
// gives the verdicts its text fixture gives, and a PDF with no text layer stops the run.
#include "cli/app.h"
#include "support/cli_run.h"
#include "support/test_files.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>

#include <unistd.h>

namespace crosscheck {
namespace {

namespace fs = std::filesystem;

const fs::path kRoot = CROSSCHECK_SOURCE_DIR;
const std::string kSeedText = "fixtures/articles/thayer-2016-proactive-international-integration.txt";
const std::string kSeedPdf = "fixtures/pdf/thayer-2016-proactive-international-integration.pdf";

class PdfSources : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("crosscheck-pdf-sources-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  // The seed rules with every source path made absolute, and the paper replaced by `paper`.
  fs::path seed_rules(const std::string& name, const std::string& paper) {
    const fs::path rules = dir_ / name;
    fs::create_directories(rules);
    for (const auto& entry : fs::directory_iterator(kRoot / "rules")) {
      std::string text = read_file(entry.path());
      text = std::regex_replace(text, std::regex("\\.\\./fixtures/"), (kRoot / "fixtures").string() + "/");
      text = std::regex_replace(text, std::regex((kRoot / kSeedText).string()), (kRoot / paper).string());
      write_file(rules / entry.path().filename(), text);
    }
    return rules;
  }

  // Check id and kind → status, from the JSON report.
  std::map<std::string, std::string> verdicts(const fs::path& rules, nlohmann::json& report) {
    CliRun r = run({"check", rules.string(), "--quiet", "--report", "json"});
    EXPECT_EQ(r.status, 1) << r.err;
    report = nlohmann::json::parse(r.out);
    std::map<std::string, std::string> out;
    for (const auto& f : report["findings"]) {
      std::string key = f["check"].get<std::string>() + " (" + f["kind"].get<std::string>() + ")";
      // A figure broken across lines in the PDF ("January" / "2016") is the same figure.
      for (const auto& m : f["mentions"])
        key += " " + (m["figure"].is_object()
                          ? std::regex_replace(m["figure"]["text"].get<std::string>(), std::regex("\\s+"), " ")
                          : "-");
      out[key] = f["status"];
    }
    return out;
  }

  fs::path dir_;
};

TEST_F(PdfSources, SeedPaperAsPdfGivesTheVerdictsOfItsText) {
  nlohmann::json text_report, pdf_report;
  const auto from_text = verdicts(seed_rules("text", kSeedText), text_report);
  const auto from_pdf = verdicts(seed_rules("pdf", kSeedPdf), pdf_report);
  ASSERT_GT(from_text.size(), 10u);
  EXPECT_EQ(from_pdf, from_text);
  bool seen = false;
  for (const auto& source : pdf_report["sources"])
    if (source["id"] == "thayer") {
      seen = true;
      EXPECT_EQ(source["format"], "pdf");
      EXPECT_EQ(source["size"], fs::file_size(kRoot / kSeedPdf));
    }
  EXPECT_TRUE(seen);
  // Its mentions are placed by page and line.
  for (const auto& f : pdf_report["findings"])
    if (f["check"] == "vessels_2015")
      for (const auto& m : f["mentions"])
        if (m["source"] == "thayer") {
          EXPECT_GE(m.value("page", 0), 1) << m.dump();
          EXPECT_GE(m.value("page_line", 0), 1) << m.dump();
        }
}

TEST_F(PdfSources, ConsoleShowsThePageAndLine) {
  CliRun r = run({"check", seed_rules("pdf", kSeedPdf).string(), "--fail-on", "never"});
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(std::regex_search(r.out, std::regex("\\.pdf:[0-9]+:[0-9]+  \\(thayer, page [0-9]+, line [0-9]+\\)")))
      << r.out;
  EXPECT_EQ(r.out.find("<br"), std::string::npos);
}

TEST_F(PdfSources, NoTextLayerStopsTheRun) {
  write_file(dir_ / "scan.yaml", "crosscheck: 1\nsources:\n  scan: {path: " + (kRoot / "fixtures/pdf/no-text-layer.pdf").string() +
                                "}\nclaims:\n  a: {mentions: {scan: \"1,204 people\"}}\n");
  CliRun r = run({"check", (dir_ / "scan.yaml").string()});
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("no-text-layer.pdf: error: the PDF file has no text layer"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace crosscheck
