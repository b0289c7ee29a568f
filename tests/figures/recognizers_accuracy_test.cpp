// Accuracy against the English test cases of a public recogniser (microsoft/Recognizers-Text,
// Specs/): precision and recall by value for its number, percent and currency models.
//
// The cases are not part of this repository; the test reads them from
// ../shared/data/recognizers-text beside the checkout and skips when they are absent.
//
// Which cases: those the recogniser's JavaScript build claims to pass (a case whose NotSupported or
// NotSupportedByDesign names "javascript" is left out), because that build is the one the
// benchmark measures. Results without a value (a bare "dollar", "percent") are left out too: a
// figure here is a number. The asserted score also leaves out the cases where crosscheck reads
// the text differently by design (the table `by_design` below, each with its reason; the README's
// "Accuracy" section lists them). Printed beside it: the score over every JavaScript case, and over
// every case some platform supports, with nothing left out.
//
// How a figure of ours is read in each model:
//   number   every figure except dates, date ranges and ordinals (their ordinals are a model of
//            their own), by its value: "$20" → 20, "40%" → 40, "in 2018" → 2018
//   percent  percent figures, by value: "40 per cent" → 40%
//   currency money figures, by value and currency: "$ 75 million" → 75000000 USD; a value of
//            theirs in cents or pence is a hundredth of ours ("50 cents" → 0.50 USD)
// Set CROSSCHECK_ACCURACY_VERBOSE=1 to list every miss and every false figure.
#include "figures/extractor.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace crosscheck {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

enum class Model { number, percent, currency };

// Cases crosscheck reads differently on purpose, by their input.
struct Difference {
  const char* input;
  const char* reason;
};
constexpr Difference by_design[] = {
    {"1.1^23", "powers are notation, not news prose"},
    {"1.1^+23", "powers are notation, not news prose"},
    {"2.5^-1", "powers are notation, not news prose"},
    {"-2500^-1", "powers are notation, not news prose"},
    {"-1.1^+23", "powers are notation, not news prose"},
    {"-2.5^-1", "powers are notation, not news prose"},
    {"-1.1^--23", "powers are notation, not news prose"},
    {"1e10", "scientific notation is not read: '2e3' in news text is a code"},
    {"-127.32e13", "scientific notation is not read: '2e3' in news text is a code"},
    {"12.32e+14", "scientific notation is not read: '2e3' in news text is a code"},
    {"-12e-1", "scientific notation is not read: '2e3' in news text is a code"},
    {"1.3e6", "scientific notation is not read: '2e3' in news text is a code"},
    {"one over three", "'over' is an approximation word ('over 30'), not a fraction bar"},
    {"1 over twenty-one", "'over' is an approximation word ('over 30'), not a fraction bar"},
    {"1 over one hundred and twenty one", "'over' is an approximation word, not a fraction bar"},
    {"1 over three", "'over' is an approximation word ('over 30'), not a fraction bar"},
    {"1 over 3", "'over' is an approximation word ('over 30'), not a fraction bar"},
    {"one over 3", "'over' is an approximation word ('over 30'), not a fraction bar"},
    {"one over 20", "'over' is an approximation word ('over 30'), not a fraction bar"},
    {"one over twenty", "'over' is an approximation word ('over 30'), not a fraction bar"},
    {"one over one hundred", "'over' is an approximation word ('over 30'), not a fraction bar"},
    {"one over one hundred and twenty five", "'over' is an approximation word, not a fraction bar"},
    {"The answer is negative one over 20", "'over' is an approximation word, not a fraction bar"},
    {"2000 over 3", "'over' is an approximation word ('over 30'), not a fraction bar"},
    {"one out of three", "'one out of three' states two counts; both are read"},
    {"a twenty-first", "denominators that are compound ordinals ('twenty-firsts') are not read"},
    {"one twenty-fifth", "denominators that are compound ordinals are not read"},
    {"three twenty-firsts", "denominators that are compound ordinals are not read"},
    {"three twenty firsts", "denominators that are compound ordinals are not read"},
    {"twenty twenty fifths", "denominators that are compound ordinals are not read"},
    {"one hundred thirty fifths", "denominators that are compound ordinals are not read"},
    {"one hundred thirty-fifths", "denominators that are compound ordinals are not read"},
    {"The answer is minus one hundred thirty fifths", "compound ordinal denominator"},
    {"one one hundred fifth", "denominators that are compound ordinals are not read"},
    {"one one hundred and fifth", "denominators that are compound ordinals are not read"},
    {"one hundred one thousand fifths", "denominators that are compound ordinals are not read"},
    {"2  1/4", "a whole number and a fraction two spaces apart are two numbers"},
    {"10G", "G is no scale: 5G and 4G are networks"},
    {"1,674.5 G", "G is no scale: 5G and 4G are networks"},
    {"192.168.1.2", "an address or a version number is not a quantity"},
    {"SCP-173", "a number hyphenated to a code names something (Su-30, COVID-19)"},
    {"Let's try one last time", "'one' alone is a pronoun far more often than a number"},
};

const char* difference(const std::string& input) {
  for (const Difference& d : by_design)
    if (input == d.input) return d.reason;
  return nullptr;
}

enum class Selection { all_platforms, javascript, javascript_as_designed };

struct Value {
  double number = 0;
  std::string currency;  // ISO code; empty outside the currency model
  std::string text;
};

struct ModelScore {
  int cases = 0;
  int expected = 0;
  int found = 0;
  int matched = 0;
  std::vector<std::string> misses;
  std::vector<std::string> false_figures;
  double precision() const { return found == 0 ? 1.0 : double(matched) / found; }
  double recall() const { return expected == 0 ? 1.0 : double(matched) / expected; }
};

std::optional<fs::path> recognizers_dir() {
  const fs::path dir = fs::path(CROSSCHECK_SOURCE_DIR) / ".." / "shared" / "data" / "recognizers-text";
  if (fs::exists(dir / "NumberModel.json")) return dir;
  return std::nullopt;
}

std::string lower(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

bool unsupported_by(const json& test, std::string_view platform) {
  for (const char* key : {"NotSupported", "NotSupportedByDesign"})
    if (test.contains(key) && lower(test[key].get<std::string>()).find(platform) != std::string::npos)
      return true;
  return false;
}

bool unsupported_everywhere(const json& test) {
  for (std::string_view p : {"dotnet", "javascript", "java", "python"}) {
    bool found = false;
    for (const char* key : {"NotSupported", "NotSupportedByDesign"})
      if (test.contains(key)) {
        std::string list = lower(test[key].get<std::string>());
        // "java" is a prefix of "javascript": look for it as a whole item.
        for (std::size_t at = list.find(p); at != std::string::npos; at = list.find(p, at + 1)) {
          std::size_t end = at + p.size();
          if (end == list.size() || list[end] == ',' || list[end] == ' ') found = true;
        }
      }
    if (!found) return false;
  }
  return true;
}

// Their currency units without an ISO code: the code ours carries and the factor from their value
// to ours (cents are hundredths). Currencies the euro replaced keep their ISO codes.
std::optional<std::pair<std::string, double>> unit_currency(const std::string& unit) {
  if (unit == "Dollar") return std::pair<std::string, double>{"USD", 1};
  if (unit == "Cent") return std::pair<std::string, double>{"USD", 0.01};
  if (unit == "Pound") return std::pair<std::string, double>{"GBP", 1};
  if (unit == "Pence" || unit == "Penny") return std::pair<std::string, double>{"GBP", 0.01};
  if (unit == "Euro") return std::pair<std::string, double>{"EUR", 1};
  if (unit == "Rupee") return std::pair<std::string, double>{"INR", 1};
  // A franc of no named country: crosscheck reads it as the Swiss franc by default, and says so.
  if (unit == "Franc") return std::pair<std::string, double>{"CHF", 1};
  if (unit == "Finnish markka") return std::pair<std::string, double>{"FIM", 1};
  if (unit == "Peseta") return std::pair<std::string, double>{"ESP", 1};
  if (unit == "Netherlands guilder") return std::pair<std::string, double>{"NLG", 1};
  return std::nullopt;
}

std::optional<Value> expected_value(const json& result, Model model) {
  const json& resolution = result["Resolution"];
  if (!resolution.contains("value") || !resolution["value"].is_string()) return std::nullopt;
  std::string text = resolution["value"].get<std::string>();
  if (text == "null") return std::nullopt;
  Value v;
  v.text = result["Text"].get<std::string>();
  if (model == Model::percent && !text.empty() && text.back() == '%') text.pop_back();
  v.number = std::strtod(text.c_str(), nullptr);
  if (model == Model::currency) {
    if (resolution.contains("isoCurrency")) {
      v.currency = resolution["isoCurrency"].get<std::string>();
    } else {
      auto mapped = unit_currency(resolution.value("unit", ""));
      v.currency = mapped ? mapped->first : "?" + resolution.value("unit", "");
      if (mapped) v.number *= mapped->second;
    }
  }
  return v;
}

std::optional<Value> our_value(const Figure& f, Model model) {
  switch (model) {
    case Model::number:
      if (f.kind == FigureKind::date || f.kind == FigureKind::date_range ||
          f.kind == FigureKind::ordinal)
        return std::nullopt;
      break;
    case Model::percent:
      if (f.kind != FigureKind::percent) return std::nullopt;
      break;
    case Model::currency:
      if (f.kind != FigureKind::money) return std::nullopt;
      break;
  }
  Value v;
  v.number = f.value.convert_to<double>();
  if (model == Model::currency) v.currency = f.unit;
  v.text = f.text;
  return v;
}

bool same_value(const Value& a, const Value& b) {
  // Their values are rounded to 15 significant digits ("0.666666666666667").
  double scale = std::max(std::fabs(a.number), std::fabs(b.number));
  return std::fabs(a.number - b.number) <= 1e-9 * std::max(scale, 1e-12) && a.currency == b.currency;
}

std::string show(const Value& v) {
  std::ostringstream s;
  s << "'" << v.text << "' = " << v.number;
  if (!v.currency.empty()) s << " " << v.currency;
  return s.str();
}

ModelScore score(const fs::path& file, Model model, Selection selection) {
  std::ifstream in(file);
  const json tests = json::parse(in);
  ModelScore score;
  for (const json& test : tests) {
    if (selection == Selection::all_platforms ? unsupported_everywhere(test)
                                              : unsupported_by(test, "javascript"))
      continue;
    const std::string input = test["Input"].get<std::string>();
    if (selection == Selection::javascript_as_designed && difference(input)) continue;
    ++score.cases;
    std::vector<Value> expected;
    for (const json& result : test["Results"])
      if (auto v = expected_value(result, model)) expected.push_back(*v);
    std::vector<Value> ours;
    for (const Figure& f : extract_figures(input))
      if (auto v = our_value(f, model)) ours.push_back(*v);
    score.expected += static_cast<int>(expected.size());
    score.found += static_cast<int>(ours.size());
    std::vector<bool> used(ours.size(), false);
    for (const Value& e : expected) {
      bool hit = false;
      for (std::size_t i = 0; i < ours.size() && !hit; ++i)
        if (!used[i] && same_value(e, ours[i])) used[i] = hit = true;
      if (hit) ++score.matched;
      else score.misses.push_back(show(e) + "  in  \"" + input + "\"");
    }
    for (std::size_t i = 0; i < ours.size(); ++i)
      if (!used[i]) score.false_figures.push_back(show(ours[i]) + "  in  \"" + input + "\"");
  }
  return score;
}

void report(const char* name, const ModelScore& s, const char* cases) {
  std::cout << name << " (" << cases << "): " << s.cases << " cases, " << s.expected
            << " values; precision " << s.matched << "/" << s.found << " = "
            << 100 * s.precision() << "%, recall " << s.matched << "/" << s.expected << " = "
            << 100 * s.recall() << "%\n";
  if (std::getenv("CROSSCHECK_ACCURACY_VERBOSE")) {
    for (const auto& m : s.misses) std::cout << "  miss: " << m << "\n";
    for (const auto& f : s.false_figures) std::cout << "  false: " << f << "\n";
  }
}

void check_model(const char* file, const char* name, Model model) {
  auto dir = recognizers_dir();
  if (!dir)
    GTEST_SKIP() << "the recogniser's test cases are not beside the checkout "
                    "(../shared/data/recognizers-text); accuracy not measured";
  const ModelScore all = score(*dir / file, model, Selection::all_platforms);
  report(name, all, "every case some platform supports; not asserted");
  const ModelScore raw = score(*dir / file, model, Selection::javascript);
  report(name, raw, "every case its JavaScript build supports; not asserted");
  const ModelScore js = score(*dir / file, model, Selection::javascript_as_designed);
  report(name, js, "cases its JavaScript build supports, less the differences by design");
  EXPECT_GE(js.precision(), 0.95) << name;
  EXPECT_GE(js.recall(), 0.95) << name;
}

TEST(RecognizersAccuracy, NumberModel) { check_model("NumberModel.json", "NumberModel", Model::number); }
TEST(RecognizersAccuracy, PercentModel) {
  check_model("PercentModel.json", "PercentModel", Model::percent);
}
TEST(RecognizersAccuracy, CurrencyModel) {
  check_model("CurrencyModel.json", "CurrencyModel", Model::currency);
}

}  // namespace
}  // namespace crosscheck
