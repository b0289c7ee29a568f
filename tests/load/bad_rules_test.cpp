// Golden tests: every fixtures/bad-rules/<name>.yaml gives exactly the lines of <name>.expected.
#include "load/rule_loader.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace crosscheck {
namespace {

namespace fs = std::filesystem;
using testing::FromSourceDir;

std::vector<std::string> read_lines(const fs::path& path) {
  std::ifstream in(path);
  std::vector<std::string> out;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) out.push_back(line);
  }
  return out;
}

std::string join(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& line : lines) out += "  " + line + "\n";
  return out;
}

class BadRules : public FromSourceDir {};

TEST_F(BadRules, EachFileGivesExactlyItsExpectedErrors) {
  const fs::path folder = "fixtures/bad-rules";
  // Set to rewrite the .expected files from the current output (then review the diff).
  const bool update = std::getenv("CROSSCHECK_UPDATE_GOLDEN") != nullptr;
  std::vector<fs::path> inputs;
  for (const auto& entry : fs::directory_iterator(folder)) {
    if (entry.path().extension() == ".yaml") inputs.push_back(entry.path());
  }
  std::sort(inputs.begin(), inputs.end());
  ASSERT_GE(inputs.size(), 17u);

  for (const fs::path& input : inputs) {
    SCOPED_TRACE(input.generic_string());
    DiagnosticSink sink;
    auto file = load_rule_file(input.generic_string(), sink);
    EXPECT_FALSE(file.has_value()) << "a bad rule file loaded";
    std::vector<std::string> actual = testing::lines(sink);
    fs::path expected_path = fs::path(input).replace_extension(".expected");
    if (update) {
      std::ofstream out(expected_path);
      for (const auto& line : actual) out << line << "\n";
      continue;
    }
    ASSERT_TRUE(fs::exists(expected_path)) << "missing " << expected_path.generic_string();
    std::vector<std::string> expected = read_lines(expected_path);
    if (actual == expected) continue;
    std::vector<std::string> missing, unexpected;
    for (const auto& line : expected) {
      if (std::find(actual.begin(), actual.end(), line) == actual.end()) missing.push_back(line);
    }
    for (const auto& line : actual) {
      if (std::find(expected.begin(), expected.end(), line) == expected.end()) unexpected.push_back(line);
    }
    ADD_FAILURE() << "missing:\n" << join(missing) << "unexpected:\n" << join(unexpected)
                  << (missing.empty() && unexpected.empty() ? "(same lines, other order)\n" : "");
  }
}

TEST_F(BadRules, EveryExpectationHasItsInput) {
  for (const auto& entry : fs::directory_iterator("fixtures/bad-rules")) {
    if (entry.path().extension() != ".expected") continue;
    EXPECT_TRUE(fs::exists(fs::path(entry.path()).replace_extension(".yaml"))) << entry.path();
  }
}

}  // namespace
}  // namespace crosscheck
