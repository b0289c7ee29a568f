// Accuracy against two more public recognisers' English test cases: Duckling (numbers, money,
// ordinals) and quantulum3 (quantities with units). Printed, not asserted: recall by value (an
// expected value is found when some figure of ours has it) and precision (figures of ours whose
// value some expected one has).
//
// The cases are not part of this repository; the test reads them from ../shared/data beside the
// checkout and skips when they are absent. Set CROSSCHECK_ACCURACY_VERBOSE=1 to list the misses.
#include "figures/extractor.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

namespace crosscheck {
namespace {

namespace fs = std::filesystem;
using json = nlohmann::json;

fs::path data_dir() { return fs::path(CROSSCHECK_SOURCE_DIR) / ".." / "shared" / "data"; }

bool verbose() {
  const char* v = std::getenv("CROSSCHECK_ACCURACY_VERBOSE");
  return v != nullptr && std::string(v) == "1";
}

bool same(double a, double b) { return std::fabs(a - b) <= 1e-9 * std::max(1.0, std::fabs(b)); }

struct Score {
  int expected = 0;
  int matched = 0;
  int found = 0;
  int true_found = 0;
  std::vector<std::string> misses;
  void add(const std::string& text, const std::vector<double>& want) {
    std::vector<double> ours;
    for (const Figure& f : extract_figures(text)) {
      if (f.kind == FigureKind::date || f.kind == FigureKind::date_range) continue;
      ours.push_back(f.value.convert_to<double>());
    }
    for (double w : want) {
      ++expected;
      bool hit = false;
      for (double o : ours) hit = hit || same(o, w);
      if (hit) ++matched;
      else misses.push_back(text);
    }
    for (double o : ours) {
      ++found;
      bool hit = false;
      for (double w : want) hit = hit || same(o, w);
      if (hit) ++true_found;
    }
  }
  double recall() const { return expected == 0 ? 1.0 : double(matched) / expected; }
  double precision() const { return found == 0 ? 1.0 : double(true_found) / found; }
  void print(const std::string& name) const {
    std::cout << name << ": recall " << matched << "/" << expected << " = " << recall()
              << ", precision " << true_found << "/" << found << " = " << precision() << "\n";
    if (verbose())
      for (const auto& m : misses) std::cout << "  miss: " << m << "\n";
  }
};

std::optional<json> load(const fs::path& path) {
  std::ifstream in(path);
  if (!in) return std::nullopt;
  return json::parse(in);
}

TEST(PeersAccuracy, Duckling) {
  const fs::path dir = data_dir() / "duckling-en";
  if (!fs::exists(dir / "number.json")) GTEST_SKIP() << "Duckling's cases are not in ../shared/data/duckling-en";
  for (const char* model : {"number", "money", "ordinal"}) {
    auto cases = load(dir / (std::string(model) + ".json"));
    ASSERT_TRUE(cases) << model;
    Score score;
    for (const json& c : *cases)
      if (c.contains("value") && c["value"].is_number()) {
        // Duckling counts "ten cents" as 10 of the unit "Cent"; we read 0.10 of the currency.
        const bool cents = c.contains("unit") && c["unit"] == "Cent";
        score.add(c["text"].get<std::string>(), {c["value"].get<double>() / (cents ? 100 : 1)});
      }
    score.print(std::string("Duckling ") + model);
    EXPECT_GT(score.expected, 0);
  }
}

TEST(PeersAccuracy, Quantulum) {
  auto cases = load(data_dir() / "quantulum3" / "quantities.json");
  if (!cases) GTEST_SKIP() << "quantulum3's cases are not in ../shared/data/quantulum3";
  Score score;
  for (const json& c : *cases) {
    std::vector<double> want;
    for (const json& r : c["res"])
      if (r.contains("value") && r["value"].is_number()) want.push_back(r["value"].get<double>());
    score.add(c["req"].get<std::string>(), want);
  }
  score.print("quantulum3");
  EXPECT_GT(score.expected, 0);
}

}  // namespace
}  // namespace crosscheck
