// CSV sources through the CLI: a mention names a cell (C12, or a row and a column), read with the
// figure grammar in the table's language; problems name the cell; reports show it with its headers.
#include "cli/app.h"
#include "support/cli_run.h"
#include "support/test_files.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

namespace crosscheck {
namespace {

namespace fs = std::filesystem;

class CsvSources : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("crosscheck-csv-sources-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
    // A German table: decimal commas, cells separated by ';'.
    write_file(dir_ / "anteile.csv", "Bundesland;Anteil;Einwohner\nBayern;12,5 %;13.140.183\nHessen;7,1 %;6.391.360\n");
    write_file(dir_ / "article.txt",
          "Bavaria's share rose to 12.5% last year. Hesse, with 6,391,360 inhabitants, holds 7.4%.\n");
  }
  void TearDown() override { fs::remove_all(dir_); }

  fs::path rules(std::string_view claims) {
    const fs::path path = dir_ / "rules.yaml";
    write_file(path, "crosscheck: 1\nsources:\n  table: {path: anteile.csv, language: de}\n  article: {path: article.txt, language: en}\n"
                "claims:\n" + std::string(claims));
    return path;
  }

  nlohmann::json check(std::string_view claims, int expected_status) {
    CliRun r = run({"check", rules(claims).string(), "--report", "json", "--quiet"});
    EXPECT_EQ(r.status, expected_status) << r.err << r.out;
    return r.out.empty() ? nlohmann::json() : nlohmann::json::parse(r.out);
  }

  fs::path dir_;
};

TEST_F(CsvSources, CellsReadInTheTablesLanguage) {
  auto report = check("  bavaria:\n    mentions:\n      table: {cell: B2}\n      article: \"share rose to 12.5%\"\n"
                      "  hesse_people:\n    mentions:\n      table: {cell: {row: Hessen, column: Einwohner}}\n"
                      "      article: \"with 6,391,360 inhabitants\"\n",
                      0);
  ASSERT_EQ(report["findings"].size(), 2u);
  for (const auto& f : report["findings"]) EXPECT_EQ(f["status"], "pass") << f.dump(2);
  const auto& cell = report["findings"][0]["mentions"][0];
  EXPECT_EQ(cell["cell"], "B2 (row “Bayern”, column “Anteil”)");
  EXPECT_EQ(cell["figure"]["text"], "12,5 %");
  EXPECT_EQ(cell["figure"]["value"], 12.5);
  EXPECT_EQ(cell["line"], 2);
  EXPECT_EQ(cell["column"], 8);
  EXPECT_EQ(cell["start"], 35);  // byte offsets in the file: "12,5 %" on line 2
  EXPECT_EQ(cell["end"], 41);
  EXPECT_EQ(report["findings"][1]["mentions"][0]["figure"]["value"], 6391360);
  EXPECT_EQ(report["sources"][0]["format"], "csv");
}

TEST_F(CsvSources, AFailureShowsTheCellWithItsHeaders) {
  CliRun r = run({"check", rules("  hesse:\n    mentions:\n      table: {cell: {row: Hessen, column: Anteil}}\n"
                                  "      article: \"holds 7.4%\"\n").string()});
  EXPECT_EQ(r.status, 1) << r.err;
  EXPECT_NE(r.out.find("anteile.csv:3:8  (table, cell B3 (row “Hessen”, column “Anteil”))"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Hessen;7,1 %;6.391.360"), std::string::npos) << r.out;
}

TEST_F(CsvSources, ProblemsNameTheCell) {
  auto report = check("  a: {mentions: {table: {cell: Z99}, article: \"rose to 12.5%\"}}\n"
                      "  b: {mentions: {table: {cell: {row: Berlin, column: Anteil}}, article: \"rose to 12.5%\"}}\n"
                      "  c: {mentions: {table: {cell: {row: Bayern, column: Quote}}, article: \"rose to 12.5%\"}}\n"
                      "  d: {mentions: {table: {cell: A2}, article: \"rose to 12.5%\"}}\n"
                      "  e: {mentions: {article: {cell: A1}, table: {cell: B2}}}\n",
                      1);
  std::map<std::string, std::string> problems;
  for (const auto& f : report["findings"]) {
    EXPECT_EQ(f["status"], "unresolved") << f.dump(2);
    for (const auto& m : f["mentions"])
      if (!m["problem"].get<std::string>().empty()) problems[f["check"]] = m["problem"];
  }
  EXPECT_EQ(problems["a"], "cell Z99: outside the table (3 rows, 3 columns)");
  EXPECT_EQ(problems["b"], "cell (row 'Berlin', column 'Anteil'): no row 'Berlin' in the first column");
  EXPECT_EQ(problems["c"],
            "cell (row 'Bayern', column 'Quote'): no column 'Quote' in the header row (Bundesland, Anteil, Einwohner)");
  EXPECT_EQ(problems["d"], "cell A2: the quote holds no figure");
  EXPECT_EQ(problems["e"], "cell A1: source 'article' is not a table (a .csv file)");
}

TEST_F(CsvSources, RuleFileErrors) {
  CliRun both = run({"check", rules("  a: {mentions: {table: {cell: B2, quote: \"12,5\"}}}\n").string()});
  EXPECT_EQ(both.status, 2);
  EXPECT_NE(both.err.find("gives both a 'quote' and a 'cell'; give one"), std::string::npos) << both.err;
  CliRun bad = run({"check", rules("  a: {mentions: {table: {cell: B-2}}}\n").string()});
  EXPECT_EQ(bad.status, 2);
  EXPECT_NE(bad.err.find("'B-2' is not a cell; expected a column letter and a row number (C12)"), std::string::npos)
      << bad.err;
  CliRun half = run({"check", rules("  a: {mentions: {table: {cell: {row: Bayern}}}}\n").string()});
  EXPECT_EQ(half.status, 2);
  EXPECT_NE(half.err.find("cell needs a 'column' (the text of the column's header cell)"), std::string::npos)
      << half.err;
  CliRun neither = run({"check", rules("  a: {mentions: {table: {figure: 1}}}\n").string()});
  EXPECT_EQ(neither.status, 2);
  EXPECT_NE(neither.err.find("needs a 'quote' (the passage that states the figure) or a 'cell'"), std::string::npos)
      << neither.err;
}

TEST_F(CsvSources, BrokenTableStopsTheRun) {
  write_file(dir_ / "anteile.csv", "Bundesland;Anteil\nBayern;\"12,5 %\n");
  CliRun r = run({"check", rules("  a: {mentions: {table: {cell: B2}}}\n").string()});
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("anteile.csv:2:8: error: not a valid CSV table: quote opened here is never closed"),
            std::string::npos)
      << r.err;
}

}  // namespace
}  // namespace crosscheck
