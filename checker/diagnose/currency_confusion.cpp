// Figures that agree once one currency symbol is read as another: a bare "$" meant Singapore,
// Australian, Canadian or Hong Kong dollars (or "S$" was taken for US dollars); "¥" meant yuan.
#include "diagnose/diagnosis_table.h"
#include "diagnose/figure_pairs.h"
#include "engine/amount_format.h"
#include "engine/compare.h"

#include <fmt/format.h>

#include <array>
#include <cctype>

namespace crosscheck {

namespace {

constexpr std::array<std::string_view, 5> kDollars{"USD", "SGD", "AUD", "CAD", "HKD"};

std::string_view symbol_of(std::string_view code) {
  if (code == "USD") return "US$";
  if (code == "SGD") return "S$";
  if (code == "AUD") return "A$";
  if (code == "CAD") return "C$";
  if (code == "HKD") return "HK$";
  if (code == "JPY") return "¥ (yen)";
  if (code == "CNY") return "¥ (yuan)";
  return code;
}

// The other currencies the symbol a figure is written with could stand for.
std::vector<std::string> other_readings(const Figure& figure) {
  std::vector<std::string> out;
  const std::string& text = figure.text;
  if (std::size_t at = text.find('$'); at != std::string::npos) {
    bool prefixed = at > 0 && std::isalpha(static_cast<unsigned char>(text[at - 1])) != 0;
    bool us = prefixed && at >= 2 && text.compare(at - 2, 2, "US") == 0;
    if (us) return out;  // "US$" is not ambiguous
    if (prefixed) {      // "S$", "A$"...: read as a plain "$" (US dollars)
      if (figure.unit != "USD") out.emplace_back("USD");
      return out;
    }
    for (std::string_view code : kDollars)
      if (code != figure.unit) out.emplace_back(code);
    return out;
  }
  if (text.find("¥") != std::string::npos || text.find("￥") != std::string::npos) {
    if (figure.unit == "JPY") out.emplace_back("CNY");
    if (figure.unit == "CNY") out.emplace_back("JPY");
  }
  return out;
}

}  // namespace

void diagnose_currency_confusion(const Finding& finding, const DiagnoseContext& context,
                                 std::vector<Diagnosis>& out) {
  if (finding.status != Status::fail || !compares_figures(finding)) return;
  auto pair = disagreeing_pair(finding, context.tolerance);
  if (!pair) return;
  const auto& ms = finding.mentions;
  for (auto [self, other] : {*pair, std::pair{pair->second, pair->first}}) {
    const Figure& figure = *ms[self].figure;
    if (figure.kind != FigureKind::money) continue;
    for (const std::string& reading : other_readings(figure)) {
      auto n = renormalise(ms[self], context, conversion_date_of(finding, self), reading);
      if (!n || !agree(*n, *ms[other].normalised, context.tolerance)) continue;
      out.push_back(
          {"currency-confusion",
           fmt::format("'{}' ({}) and '{}' ({}) agree if '{}' is read in {} rather than {}: it is "
                       "then {}",
                       ms[self].figure->text, ms[self].source_id, ms[other].figure->text,
                       ms[other].source_id, figure.text, reading, figure.unit, describe_normalised(*n)),
           fmt::format("check which currency {} meant; if {}, write the symbol as {}", ms[self].source_id,
                       reading, symbol_of(reading))});
      return;
    }
  }
}

}  // namespace crosscheck
