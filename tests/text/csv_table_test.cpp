// CSV sources: the table parser (RFC 4180 quoting, the delimiter a table uses) and cell names.
#include "text/csv_table.h"

#include <gtest/gtest.h>

namespace crosscheck {
namespace {

std::vector<std::vector<std::string>> texts(const CsvTable& table) {
  std::vector<std::vector<std::string>> out;
  for (const auto& row : table.rows) {
    out.emplace_back();
    for (const CsvCell& cell : row) out.back().push_back(cell.text);
  }
  return out;
}

TEST(CsvTable, ReadsQuotedCellsAndKeepsTheirPlace) {
  CsvError error;
  const std::string text = "province,deaths\r\nAdana,\"1,204\"\n\"Hatay \"\"south\"\"\",5860\n";
  auto table = parse_csv(text, error);
  ASSERT_TRUE(table) << error.message;
  EXPECT_EQ(table->delimiter, ',');
  using Rows = std::vector<std::vector<std::string>>;
  EXPECT_EQ(texts(*table), (Rows{{"province", "deaths"}, {"Adana", "1,204"}, {"Hatay \"south\"", "5860"}}));
  const CsvCell& adana = table->rows[1][1];
  EXPECT_EQ(text.substr(adana.span.begin, adana.span.size()), "1,204");
  EXPECT_TRUE(adana.verbatim);
  EXPECT_FALSE(table->rows[2][0].verbatim);
  EXPECT_EQ(text.substr(table->rows[0][1].span.begin, table->rows[0][1].span.size()), "deaths");  // no \r
  EXPECT_EQ(table->columns(), 2u);
}

// A table written with decimal commas separates its cells with ';' (or a tab).
TEST(CsvTable, TakesTheDelimiterTheHeaderUses) {
  CsvError error;
  auto german = parse_csv("Land;Tote;Anteil\nBayern;1.234,5;\"12,5 %\"\n", error);
  ASSERT_TRUE(german);
  EXPECT_EQ(german->delimiter, ';');
  EXPECT_EQ(german->rows[1][1].text, "1.234,5");
  auto tabs = parse_csv("a\tb\n1\t2\n", error);
  ASSERT_TRUE(tabs);
  EXPECT_EQ(tabs->delimiter, '\t');
  EXPECT_EQ(tabs->rows[1][1].text, "2");
}

TEST(CsvTable, BlankLinesRaggedRowsAndEmptyCells) {
  CsvError error;
  auto table = parse_csv("\xEF\xBB\xBF" "a,b,c\n\n1,,3\n4\n", error);
  ASSERT_TRUE(table);
  using Rows = std::vector<std::vector<std::string>>;
  EXPECT_EQ(texts(*table), (Rows{{"a", "b", "c"}, {"1", "", "3"}, {"4"}}));
  EXPECT_EQ(table->columns(), 3u);
  auto empty = parse_csv("", error);
  ASSERT_TRUE(empty);
  EXPECT_TRUE(empty->rows.empty());
  auto multiline = parse_csv("note\n\"two\nlines\"\n", error);
  ASSERT_TRUE(multiline);
  EXPECT_EQ(multiline->rows[1][0].text, "two\nlines");
}

TEST(CsvTable, ErrorsSayWhere) {
  CsvError error;
  EXPECT_FALSE(parse_csv("a,b\n1,\"open\n", error));
  EXPECT_EQ(error.offset, 6u);
  EXPECT_EQ(error.message, "quote opened here is never closed");
  EXPECT_FALSE(parse_csv("a,\"b\"c\n", error));
  EXPECT_EQ(error.offset, 5u);
  EXPECT_EQ(error.message, "text after the closing quote of a cell");
}

TEST(CellAddress, A1Notation) {
  auto c12 = parse_cell_address("C12");
  ASSERT_TRUE(c12);
  EXPECT_EQ(c12->column, 3u);
  EXPECT_EQ(c12->row, 12u);
  auto aa1 = parse_cell_address("aa1");
  ASSERT_TRUE(aa1);
  EXPECT_EQ(aa1->column, 27u);
  EXPECT_EQ(cell_name({1, 27}), "AA1");
  EXPECT_EQ(cell_name({12, 3}), "C12");
  EXPECT_EQ(cell_name({7, 52}), "AZ7");
  for (const char* bad : {"", "12", "C", "C0", "C01", "1C", "C-1", "C 12", "Ç1"}) EXPECT_FALSE(parse_cell_address(bad)) << bad;
}

}  // namespace
}  // namespace crosscheck
