// Golden tests: every figure of each article in fixtures/articles, compared with the hand-checked
// list in fixtures/figures/<article>.expected. Set CROSSCHECK_REGENERATE=1 to rewrite the lists
// (then check every changed line by hand before committing).
#include "figure_testing.h"
#include "support/test_files.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace crosscheck {
namespace {

namespace fs = std::filesystem;

// 1-based line and code-point column of a byte offset.
std::string position(std::string_view text, std::size_t offset) {
  std::size_t line = 1, column = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++column;
    }
  }
  return std::to_string(line) + ":" + std::to_string(column);
}

std::string escape(std::string_view s) {
  std::string out;
  for (char c : s) out += c == '\n' ? std::string("\\n") : std::string(1, c);
  return out;
}

// The header lines ("# key: value") of an expected file hold the extraction options.
ExtractOptions options_from(const std::string& expected) {
  ExtractOptions options;
  std::istringstream in(expected);
  for (std::string line; std::getline(in, line) && line.starts_with("# ");) {
    if (line.starts_with("# document_date: ")) options.document_date = parse_iso_date(line.substr(17));
    if (line.starts_with("# language: ")) options.language = line.substr(12);
  }
  return options;
}

std::string header_of(const std::string& expected) {
  std::string header;
  std::istringstream in(expected);
  for (std::string line; std::getline(in, line) && line.starts_with("# ");) header += line + "\n";
  return header;
}

std::string render(std::string_view text, const std::vector<Figure>& figures) {
  std::string out;
  for (const auto& f : figures)
    out += position(text, f.span.begin) + " " + escape(testing::describe(f)) + "\n";
  return out;
}

TEST(Golden, SeedArticles) {
  const fs::path root = CROSSCHECK_SOURCE_DIR;
  const bool regenerate = std::getenv("CROSSCHECK_REGENERATE") != nullptr;
  int compared = 0;
  for (const auto& entry : fs::directory_iterator(root / "fixtures/articles")) {
    const fs::path expected_path =
        root / "fixtures/figures" / (entry.path().stem().string() + ".expected");
    if (!fs::exists(expected_path)) continue;
    const std::string expected = read_file(expected_path);
    const std::string text = read_file(entry.path());
    const std::string actual =
        header_of(expected) + render(text, extract_figures(text, options_from(expected)));
    if (regenerate) {
      std::ofstream(expected_path, std::ios::binary) << actual;
      continue;
    }
    EXPECT_EQ(actual, expected) << entry.path().filename();
    ++compared;
  }
  if (!regenerate) {
    EXPECT_GE(compared, 5);
  }
}

}  // namespace
}  // namespace crosscheck
