#include "units/rate_csv.h"
#include "units_testing.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

namespace crosscheck {
namespace {

using testing::date;

std::vector<std::string> messages(const DiagnosticSink& sink) {
  std::vector<std::string> out;
  for (const Diagnostic& d : sink.diagnostics()) out.push_back(to_string(d));
  return out;
}

TEST(RateCsv, ReadsRatesWithHeaderCommentsAndBlankLines) {
  RateTable table;
  DiagnosticSink sink;
  std::size_t added = load_rates_csv(
      "# VND: State Bank of Vietnam central rate\n"
      "date,base,quote,rate\n"
      "\n"
      "2015-09-15,USD,VND,22450\n"
      "  # another comment\n"
      "2015-09-16, USD , VND , 22455.5\r\n",
      "rates.csv", table, sink);
  EXPECT_TRUE(sink.diagnostics().empty()) << ::testing::PrintToString(messages(sink));
  EXPECT_EQ(added, 2u);
  std::optional<ExchangeRate> rate = table.rate("USD", "VND", date("2015-09-16"));
  ASSERT_TRUE(rate);
  EXPECT_EQ(rate->rate, Number("22455.5"));
  EXPECT_EQ(rate->table, "rates.csv");
}

TEST(RateCsv, HeaderIsOptional) {
  RateTable table;
  DiagnosticSink sink;
  EXPECT_EQ(load_rates_csv("2015-09-15,USD,VND,22450", "r.csv", table, sink), 1u);
  EXPECT_FALSE(sink.has_errors());
  EXPECT_EQ(table.rate("VND", "USD", date("2015-09-15"))->rate, Number(1) / 22450);
}

TEST(RateCsv, UserFileOverridesTheBuiltInRate) {
  RateTable table = RateTable::built_in();
  DiagnosticSink sink;
  load_rates_csv("date,base,quote,rate\n2015-09-15,USD,JPY,120\n", "override.csv", table, sink);
  ASSERT_FALSE(sink.has_errors());
  std::optional<ExchangeRate> rate = table.rate("JPY", "USD", date("2015-09-15"));
  EXPECT_EQ(rate->rate, Number(1) / 120);
  EXPECT_EQ(rate->table, "override.csv");
}

TEST(RateCsv, ReadsTheEcbLayout) {
  RateTable table;
  DiagnosticSink sink;
  std::size_t added = load_rates_csv(
      "Date,USD,JPY,CYP,\n"
      "2015-09-15,1.132,135.44,N/A,\n"
      "2015-09-14,1.1317,135.78,N/A,\n",
      "eurofxref-hist.csv", table, sink);
  EXPECT_TRUE(sink.diagnostics().empty()) << ::testing::PrintToString(messages(sink));
  EXPECT_EQ(added, 4u);
  EXPECT_EQ(table.rate("EUR", "JPY", date("2015-09-15"))->rate, Number("135.44"));
  EXPECT_EQ(round_to(table.rate("USD", "JPY", date("2015-09-15"))->rate, 2), Number("119.65"));
  EXPECT_FALSE(table.rate("EUR", "CYP", date("2015-09-15")));
}

TEST(RateCsv, ReportsEveryErrorWithItsLocation) {
  RateTable table;
  DiagnosticSink sink;
  std::size_t added = load_rates_csv(
      "date,base,quote,rate\n"
      "2015-09-15,USD,VND,22450\n"
      "2015-13-01,USD,VND,22450\n"
      "2015-09-15,USD,XYZ,1\n"
      "2015-09-15,usd,JPY,120\n"
      "2015-09-15,USD,JPY,0\n"
      "2015-09-15,USD,JPY,-3\n"
      "2015-09-15,USD,JPY,1e5\n"
      "2015-09-15,USD,JPY\n"
      "2015-09-15,USD,USD,1\n"
      "2015-09-15,USD,VND,22500\n"
      "2015-09,USD,JPY,\n"
      "2015-09-15,USD,VND,22450\n",
      "rates.csv", table, sink);
  EXPECT_EQ(added, 0u);
  EXPECT_EQ(messages(sink), (std::vector<std::string>{
                                "rates.csv:3:1: error: bad date '2015-13-01': expected YYYY-MM-DD",
                                "rates.csv:4:16: error: unknown currency code 'XYZ'",
                                "rates.csv:5:12: error: unknown currency code 'usd'; did you mean 'USD'?",
                                "rates.csv:6:20: error: rate must be positive, got '0'",
                                "rates.csv:7:20: error: rate must be positive, got '-3'",
                                "rates.csv:8:20: error: bad rate '1e5': expected a decimal number such as 119.65",
                                "rates.csv:9:1: error: expected 4 fields (date,base,quote,rate), got 3",
                                "rates.csv:10:16: error: base and quote are the same currency (USD)",
                                "rates.csv:11:1: error: a second USD/VND rate for 2015-09-15 (the first is at line 2)",
                                "rates.csv:12:1: error: bad date '2015-09': expected YYYY-MM-DD",
                                "rates.csv:12:17: error: missing rate: expected a decimal number such as 119.65",
                            }));
  // A file with errors adds nothing, not even its good lines.
  EXPECT_FALSE(table.rate("USD", "VND", date("2015-09-15")));
}

TEST(RateCsv, ColumnsCountCharactersNotBytes) {
  RateTable table;
  DiagnosticSink sink;
  load_rates_csv("2015-09-15,USD,VND,22450\n\"đ\",USD,VND,1\n", "r.csv", table, sink);
  EXPECT_EQ(messages(sink), std::vector<std::string>{"r.csv:2:1: error: bad date '\"đ\"': expected YYYY-MM-DD"});
  DiagnosticSink sink2;
  load_rates_csv("2015-09-15,USD,VND, 2 245ž\n", "r.csv", table, sink2);
  EXPECT_EQ(messages(sink2),
            std::vector<std::string>{"r.csv:1:21: error: bad rate '2 245ž': expected a decimal number such as 119.65"});
}

TEST(RateCsv, EcbLayoutErrors) {
  RateTable table;
  DiagnosticSink sink;
  load_rates_csv(
      "Date,USD,XXX,\n"
      "2015-09-15,1.132,1,\n"
      "2015-09-14,1.1317,\n"
      "2015-09-11,abc,1,\n",
      "ecb.csv", table, sink);
  EXPECT_EQ(messages(sink), (std::vector<std::string>{
                                "ecb.csv:1:10: error: unknown currency code 'XXX'",
                                "ecb.csv:3:1: error: expected 3 fields as in the header line, got 2",
                                "ecb.csv:4:12: error: bad rate 'abc': expected a decimal number such as 119.65",
                            }));
}

TEST(RateCsv, DuplicateWithTheSameRateIsHarmless) {
  RateTable table;
  DiagnosticSink sink;
  EXPECT_EQ(load_rates_csv("2015-09-15,USD,VND,22450\n2015-09-15,USD,VND,22450.0\n", "r.csv", table, sink), 1u);
  EXPECT_FALSE(sink.has_errors());
}

TEST(RateCsv, EmptyFileWarns) {
  RateTable table;
  DiagnosticSink sink;
  EXPECT_EQ(load_rates_csv("# nothing yet\ndate,base,quote,rate\n", "r.csv", table, sink), 0u);
  EXPECT_FALSE(sink.has_errors());
  EXPECT_EQ(messages(sink), std::vector<std::string>{"r.csv: warning: no exchange rates in this file"});
}

TEST(RateCsv, FilesThatCannotBeRead) {
  RateTable table;
  DiagnosticSink sink;
  // Named after the process: ctest may run another build's copy of this test at the same time.
  auto folder = std::filesystem::temp_directory_path() / ("crosscheck-rate-csv-" + std::to_string(getpid()));
  std::filesystem::create_directories(folder);
  std::string missing = (folder / "missing.csv").string();
  EXPECT_EQ(load_rates_file(missing, table, sink), 0u);
  EXPECT_EQ(load_rates_file(folder.string(), table, sink), 0u);
  std::string binary = (folder / "binary.csv").string();
  std::ofstream(binary, std::ios::binary) << std::string("2015\0", 5);
  EXPECT_EQ(load_rates_file(binary, table, sink), 0u);
  std::string good = (folder / "good.csv").string();
  std::ofstream(good) << "2015-09-15,USD,VND,22450\n";
  EXPECT_EQ(load_rates_file(good, table, sink), 1u);
  EXPECT_EQ(table.rate("USD", "VND", date("2015-09-15"))->table, good);
  EXPECT_EQ(messages(sink), (std::vector<std::string>{
                                missing + ": error: cannot open the rates file: No such file or directory",
                                folder.string() + ": error: is a directory; expected a CSV file of exchange rates",
                                binary + ": error: not a text file (it holds NUL bytes); expected a CSV file of exchange rates",
                            }));
  std::filesystem::remove_all(folder);
}

}  // namespace
}  // namespace crosscheck
