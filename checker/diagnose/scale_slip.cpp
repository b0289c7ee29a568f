// Values about a power of ten apart: the figure was probably read at the wrong scale (Japanese
// 億 = 10⁸ read as "million", thousand/million, lakh/crore, a decimal separator taken for a
// thousands separator). Names the figure that would agree.
#include "diagnose/diagnosis_table.h"
#include "engine/amount_format.h"
#include "engine/compare.h"

#include <fmt/format.h>

#include <cctype>

namespace crosscheck {

namespace {

bool digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

// The separator of a number written so that it reads either way: one "." or "," with one to three
// digits before it and exactly three after ("12.500", "1,250"): a decimal point in one language, a
// thousands separator in another. 0 when the number is unambiguous.
char ambiguous_separator(std::string_view text) {
  std::size_t begin = 0;
  while (begin < text.size() && !digit(text[begin])) ++begin;
  std::size_t end = begin;
  while (end < text.size() && digit(text[end])) ++end;
  if (end == begin || end - begin > 3 || end + 4 > text.size()) return 0;
  char sep = text[end];
  if (sep != '.' && sep != ',') return 0;
  for (std::size_t k = end + 1; k < end + 4; ++k)
    if (!digit(text[k])) return 0;
  std::size_t after = end + 4;
  if (after < text.size() && digit(text[after])) return 0;
  // "1.250.000" or "1.250,5" settle the reading.
  if (after + 1 < text.size() && (text[after] == '.' || text[after] == ',') && digit(text[after + 1]))
    return 0;
  return sep;
}

std::string likely_cause(int power, const Figure& a, const Figure& b) {
  bool yen = a.unit == "JPY" || b.unit == "JPY";
  bool rupee = a.unit == "INR" || b.unit == "INR";
  if (power == 2 && yen) {
    // Spell the slip out with the yen figure itself: "N million yen" written for N億円 (the
    // smaller yen figure, when both are yen, is the one read short).
    bool both = a.unit == "JPY" && b.unit == "JPY";
    const Figure& y = both ? (a.value < b.value ? a : b) : (a.unit == "JPY" ? a : b);
    Number millions = y.value / pow10(6);
    return fmt::format("Japanese 億 (10⁸) read as \"million\": {}億円 is {}, not {}",
                       format_number(millions), describe_amount(millions * pow10(8), "JPY"),
                       describe_amount(y.value, "JPY"));
  }
  if (power == 4 && yen) return "Japanese 万 (10⁴) dropped or read as a unit";
  if (power == 1 && rupee) return "lakh/crore confusion (1 crore = 10 lakh = 10 million)";
  if (power == 2 && rupee) return "lakh read as a thousand (1 lakh = 100,000)";
  if (power == 3)
    return "thousand/million or million/billion confusion, or a decimal comma read as a "
           "thousands separator";
  return fmt::format("a slip of {} decimal place{}", power, power == 1 ? "" : "s");
}

// A ×1000 slip where one figure's separator reads either way: its other reading agrees.
std::optional<Diagnosis> separator_slip(const MentionReport& small, const MentionReport& large,
                                        const MentionReport& first, const MentionReport& second) {
  for (const MentionReport* m : {&small, &large}) {
    char sep = ambiguous_separator(m->figure->text);
    if (sep == 0) continue;
    // The smaller figure took the separator as a decimal point; the larger as a thousands one.
    bool read_as_decimal = m == &small;
    Number other = read_as_decimal ? Number(m->figure->value * 1000) : Number(m->figure->value / 1000);
    return Diagnosis{
        "scale-slip",
        fmt::format("'{}' ({}) and '{}' ({}) differ by a factor of 1000; likely cause: the '{}' of "
                    "'{}' ({}) was read as a {} ({}), but it reads as a {} in other languages",
                    first.figure->text, first.source_id, second.figure->text, second.source_id, sep,
                    m->figure->text, m->source_id,
                    read_as_decimal ? "decimal point" : "thousands separator",
                    describe_amount(m->figure->value, m->figure->unit),
                    read_as_decimal ? "thousands separator" : "decimal point"),
        fmt::format("read as a {}, '{}' is {}, which would agree; check the source's language "
                    "(language: in the rule file)",
                    read_as_decimal ? "thousands separator" : "decimal point", m->figure->text,
                    describe_amount(other, m->figure->unit))};
  }
  return std::nullopt;
}

}  // namespace

void diagnose_scale_slip(const Finding& finding, const DiagnoseContext&,
                         std::vector<Diagnosis>& out) {
  // A sum statement relates parts to a total: its figures are not meant to be equal.
  if (finding.status != Status::fail || finding.kind == "sum-statement") return;
  const auto& ms = finding.mentions;
  for (std::size_t i = 0; i < ms.size(); ++i) {
    for (std::size_t j = i + 1; j < ms.size(); ++j) {
      if (!ms[i].normalised || !ms[j].normalised || !ms[i].figure || !ms[j].figure) continue;
      int power = power_of_ten_apart(ms[i].normalised->value, ms[j].normalised->value);
      if (power == 0) continue;
      bool i_smaller = abs(ms[i].normalised->value) < abs(ms[j].normalised->value);
      const MentionReport& small = i_smaller ? ms[i] : ms[j];
      const MentionReport& large = i_smaller ? ms[j] : ms[i];
      if (power == 3)
        if (auto d = separator_slip(small, large, ms[i], ms[j])) {
          out.push_back(std::move(*d));
          return;
        }
      Number factor = pow10(power);
      // A yen figure is the usual suspect of a 億 slip; otherwise offer the smaller one scaled up
      // first, then the larger one scaled down.
      bool blame_large = large.figure->unit == "JPY" && small.figure->unit != "JPY";
      std::string up = fmt::format("'{}' would agree as {}", small.figure->text,
                                   describe_amount(small.figure->value * factor, small.figure->unit));
      std::string down = fmt::format("'{}' would agree as {}", large.figure->text,
                                     describe_amount(large.figure->value / factor, large.figure->unit));
      out.push_back(
          {"scale-slip",
           fmt::format("'{}' ({}) and '{}' ({}) differ by a factor of {}; likely cause: {}",
                       ms[i].figure->text, ms[i].source_id, ms[j].figure->text, ms[j].source_id,
                       format_number(factor), likely_cause(power, *ms[i].figure, *ms[j].figure)),
           blame_large ? down + "; or " + up : up + "; or " + down});
      return;
    }
  }
}

}  // namespace crosscheck
