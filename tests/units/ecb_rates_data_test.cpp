// The compiled-in table is the committed CSV, and the CSV is the ECB's published history.
#include "units/ecb_rates_data.h"
#include "units/rate_csv.h"
#include "units/rate_table.h"
#include "support/test_files.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace crosscheck {
namespace {

TEST(EcbRatesData, CompiledInTableIsTheCommittedCsv) {
  std::string compiled;
  for (std::string_view chunk : ecb_rates_chunks()) {
    EXPECT_LE(chunk.size(), 65536u);
    EXPECT_TRUE(chunk.ends_with('\n'));
    compiled += chunk;
  }
  std::string committed = read_file(std::filesystem::path(CROSSCHECK_SOURCE_DIR) / "checker/units/data/ecb_rates.csv");
  ASSERT_FALSE(committed.empty());
  // Not EXPECT_EQ: a failure would print two megabytes.
  EXPECT_TRUE(compiled == committed)
      << "checker/units/ecb_rates_data.cpp is out of date: run scripts/derive_rates.py";
}

TEST(EcbRatesData, CsvIsWellFormed) {
  // Loaded as a user's file in the same layout as the ECB's (its header starts with "date,").
  RateTable table;
  DiagnosticSink sink;
  std::string committed = read_file(std::filesystem::path(CROSSCHECK_SOURCE_DIR) / "checker/units/data/ecb_rates.csv");
  // The ECB writes N/A where the committed table leaves a field empty or off the end of the line.
  std::istringstream lines(committed);
  std::string line;
  std::string padded;
  std::size_t columns = 0;
  while (std::getline(lines, line)) {
    if (line.starts_with('#')) continue;
    std::vector<std::string> fields;
    std::istringstream split(line);
    for (std::string field; std::getline(split, field, ',');) fields.push_back(field.empty() ? "N/A" : field);
    if (line.starts_with("date,")) columns = fields.size();
    fields.resize(columns, "N/A");
    for (const std::string& field : fields) padded += field + ",";
    padded += "\n";
  }
  std::size_t added = load_rates_csv(padded, "ecb_rates.csv", table, sink);
  EXPECT_FALSE(sink.has_errors()) << to_string(sink.diagnostics().front());
  EXPECT_GT(added, 150000u);
}

// Every rate of the ECB's own file is in the built-in table with the same digits. Runs where the
// project's reference data sits beside the repository (../shared/data); skipped elsewhere.
TEST(EcbRatesData, BuiltInTableMatchesTheEcbHistory) {
  auto path = std::filesystem::path(CROSSCHECK_SOURCE_DIR) / "../shared/data/ecb/eurofxref-hist.csv";
  if (!std::filesystem::exists(path))
    GTEST_SKIP() << "the ECB's eurofxref-hist.csv is not in ../shared/data/ecb/; nothing to compare";
  std::string text = read_file(path);
  std::istringstream lines(text);
  std::string line;
  std::getline(lines, line);
  std::vector<std::string> header;
  std::istringstream h(line);
  for (std::string field; std::getline(h, field, ',');) header.push_back(field);
  RateTable ecb = RateTable::built_in();
  std::size_t checked = 0;
  // Every 97th line keeps this quick under the sanitizers.
  for (std::size_t n = 0; std::getline(lines, line); ++n) {
    if (n % 97 != 0) continue;
    std::istringstream fields(line);
    std::string field;
    std::getline(fields, field, ',');
    Date date = *parse_iso_date(field);
    for (std::size_t i = 1; std::getline(fields, field, ',') && i < header.size(); ++i) {
      std::optional<ExchangeRate> rate = ecb.rate("EUR", header[i], date);
      if (field == "N/A") {
        EXPECT_TRUE(!rate || rate->date_used != date) << header[i] << " " << to_string(date);
        continue;
      }
      ASSERT_TRUE(rate) << header[i] << " " << to_string(date);
      EXPECT_EQ(rate->date_used, date);
      EXPECT_EQ(rate->rate, Number(field)) << header[i] << " " << to_string(date);
      ++checked;
    }
  }
  EXPECT_GT(checked, 1000u);
}

}  // namespace
}  // namespace crosscheck
