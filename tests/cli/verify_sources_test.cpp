// `crosscheck check --verify-sources REPORT.json`: a report made over a story's sources, then the
// sources checked against it before and after a one-byte edit.
#include "base/sha256.h"
#include "support/cli_run.h"
#include "support/test_files.h"
#include "cli/app.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

namespace crosscheck {
namespace {

namespace fs = std::filesystem;

void write(const fs::path& path, std::string_view text) {
  std::ofstream(path, std::ios::binary) << text;
}

class VerifySources : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("crosscheck-verify-sources-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
    write(dir_ / "wire.txt", "The ministry said 1,204 people were hurt.\n");
    write(dir_ / "paper.html", "<p>At least <b>1,204</b> people<br />were hurt.</p>\n");
    write(dir_ / "rules.yaml",
          "crosscheck: 1\n"
          "sources:\n"
          "  wire: {path: wire.txt}\n"
          "  paper: {path: paper.html}\n"
          "claims:\n"
          "  hurt:\n"
          "    mentions:\n"
          "      wire: \"1,204 people were hurt\"\n"
          "      paper: \"1,204 people were hurt\"\n");
    report_ = (dir_ / "report.json").string();
    // Paths in a report are as the run saw them: run from the story's folder.
    old_ = fs::current_path();
    fs::current_path(dir_);
    CliRun made = run({"check", "rules.yaml", "--report", "json=report.json"});
    ASSERT_EQ(made.status, 0) << made.out << made.err;
  }
  void TearDown() override {
    fs::current_path(old_);
    fs::remove_all(dir_);
  }
  fs::path dir_, old_;
  std::string report_;
};

TEST_F(VerifySources, ReportGivesHashSizeFormatAndOffsets) {
  nlohmann::json json = nlohmann::json::parse(read_file("report.json"));
  EXPECT_EQ(json["schema"], "crosscheck.report/2");
  ASSERT_EQ(json["sources"].size(), 2u);
  for (const auto& source : json["sources"]) {
    const std::string bytes = read_file(source["path"].get<std::string>());
    EXPECT_EQ(source["sha256"], to_hex(sha256(bytes)));
    EXPECT_EQ(source["size"], bytes.size());
  }
  EXPECT_EQ(json["sources"][0]["format"], "text");
  EXPECT_EQ(json["sources"][1]["format"], "html");
  // Each mention's offsets are in the original file: the figure's bytes, tags and all.
  for (const auto& mention : json["findings"][0]["mentions"]) {
    const std::string bytes = read_file(mention["path"].get<std::string>());
    const std::size_t start = mention["start"], end = mention["end"];
    const std::string figure = bytes.substr(start, end - start);
    EXPECT_TRUE(figure == "1,204 people" || figure == "1,204</b> people") << figure;
    const std::size_t quote_start = mention["quote_start"], quote_end = mention["quote_end"];
    const std::string quote = bytes.substr(quote_start, quote_end - quote_start);
    EXPECT_TRUE(quote == "1,204 people were hurt" || quote == "1,204</b> people<br />were hurt") << quote;
  }
}

TEST_F(VerifySources, AllMatchExitsZero) {
  CliRun r = run({"check", "--verify-sources", "report.json"});
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("2 of 2 sources of report.json match"), std::string::npos) << r.out;
}

TEST_F(VerifySources, OneByteEditIsNamed) {
  std::string bytes = read_file("paper.html");
  bytes[bytes.find("1,204") + 4] = '5';  // 1,204 → 1,205
  write("paper.html", bytes);
  CliRun r = run({"check", "--verify-sources", "report.json"});
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.out.find("changed: paper (paper.html): sha256 " + to_hex(sha256(bytes))), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("changed: wire"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("1 of 2 sources of report.json match; 1 changed"), std::string::npos) << r.out;
}

TEST_F(VerifySources, MissingSourceIsNamed) {
  fs::remove("wire.txt");
  CliRun r = run({"check", "--verify-sources", "report.json"});
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.out.find("changed: wire (wire.txt): no such file"), std::string::npos) << r.out;
}

TEST_F(VerifySources, BadReportsExitTwo) {
  write("not-json.json", "{ nope");
  write("other.json", "{\"schema\": \"crosscheck.baseline/1\", \"findings\": []}");
  write("old.json", "{\"schema\": \"crosscheck.report/1\", \"sources\": []}");
  write("forged.json", "{\"schema\": \"crosscheck.report/2\", \"sources\": [{\"id\": \"x\", \"path\": \"wire.txt\", "
                       "\"sha256\": \"zz\", \"size\": 1}]}");
  for (const char* bad : {"not-json.json", "other.json", "old.json", "forged.json", "absent.json"}) {
    CliRun r = run({"check", "--verify-sources", bad});
    EXPECT_EQ(r.status, 2) << bad;
    EXPECT_NE(r.err.find(std::string(bad) + ": error: "), std::string::npos) << r.err;
  }
  EXPECT_NE(run({"check", "--verify-sources", "old.json"}).err.find("holds no source hashes"), std::string::npos);
}

}  // namespace
}  // namespace crosscheck
