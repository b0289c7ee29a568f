// Units of measure in a language, from CLDR through ICU: each catalogue unit (UDUNITS-2, see
// units/physical_units.h) formatted after a number in CLDR's wide, short and narrow widths and in
// each plural form; what is left without the number is the unit as that language writes it
// ("Kilometer", "km²", "kilomètres carrés", "tấn", "ヘクタール"). Run once, when a language's tables are
// first built.
#include "figures/languages/language.h"
#include "figures/unit_words.h"
#include "units/physical_units.h"

#include <unicode/measunit.h>
#include <unicode/numberformatter.h>
#include <unicode/unistr.h>

#include <string>
#include <string_view>
#include <utility>

namespace crosscheck::figures {
namespace {

// The CLDR unit of each catalogue unit; units CLDR lacks are left to the English table. ICU 72
// knows the tonne as "metric-ton"; later versions as "tonne".
constexpr std::pair<std::string_view, const char*> kCldrUnits[] = {
    {"m", "meter"}, {"km", "kilometer"}, {"cm", "centimeter"}, {"mm", "millimeter"},
    {"mi", "mile"}, {"nmi", "nautical-mile"}, {"ft", "foot"}, {"yd", "yard"}, {"in", "inch"},
    {"m2", "square-meter"}, {"km2", "square-kilometer"}, {"mi2", "square-mile"},
    {"ft2", "square-foot"}, {"ha", "hectare"}, {"acre", "acre"},
    {"kg", "kilogram"}, {"g", "gram"}, {"mg", "milligram"}, {"t", "tonne"}, {"t", "metric-ton"}, {"ton", "ton"}, {"lb", "pound"},
    {"l", "liter"}, {"m3", "cubic-meter"}, {"gal", "gallon"}, {"bbl", "barrel"},
    {"kn", "knot"}, {"km/h", "kilometer-per-hour"}, {"mph", "mile-per-hour"},
    {"m/s", "meter-per-second"},
    {"W", "watt"}, {"kW", "kilowatt"}, {"MW", "megawatt"}, {"GW", "gigawatt"}, {"hp", "horsepower"},
    {"kWh", "kilowatt-hour"}, {"J", "joule"}, {"kJ", "kilojoule"},
    {"degC", "celsius"}, {"degF", "fahrenheit"},
};

std::string unit_utf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

// White space CLDR puts between a number and its unit: a space, a no-break space, a narrow one.
std::string_view trim_spaces(std::string_view s) {
  for (;;) {
    if (s.starts_with(" ")) s.remove_prefix(1);
    else if (s.starts_with("\xC2\xA0")) s.remove_prefix(2);
    else if (s.starts_with("\xE2\x80\xAF")) s.remove_prefix(3);
    else break;
  }
  for (;;) {
    if (s.ends_with(" ")) s.remove_suffix(1);
    else if (s.ends_with("\xC2\xA0")) s.remove_suffix(2);
    else if (s.ends_with("\xE2\x80\xAF")) s.remove_suffix(3);
    else break;
  }
  return s;
}

}  // namespace

void add_unit_names(LanguageTables& t, const char* locale) {
  namespace number = icu::number;
  const icu::Locale loc(locale);
  const auto plain = number::NumberFormatter::withLocale(loc).grouping(UNUM_GROUPING_OFF);
  for (auto [id, cldr] : kCldrUnits) {
    if (UnitCatalogue::get().index(id) < 0) continue;
    UErrorCode status = U_ZERO_ERROR;
    const icu::MeasureUnit unit = icu::MeasureUnit::forIdentifier(cldr, status);
    if (U_FAILURE(status)) continue;
    const std::string unit_id(id);
    for (UNumberUnitWidth width : {UNUM_UNIT_WIDTH_FULL_NAME, UNUM_UNIT_WIDTH_SHORT, UNUM_UNIT_WIDTH_NARROW}) {
      const auto format = plain.unit(unit).unitWidth(width);
      // One value of each plural form most languages have (one, few, many, other).
      for (double value : {1.0, 2.0, 5.0, 1.5, 100.0}) {
        UErrorCode s = U_ZERO_ERROR;
        const std::string whole = unit_utf8(format.formatDouble(value, s).toString(s));
        const std::string digits = unit_utf8(plain.formatDouble(value, s).toString(s));
        if (U_FAILURE(s) || !whole.starts_with(digits)) continue;  // the unit after the number only
        const std::string_view name = trim_spaces(std::string_view(whole).substr(digits.size()));
        if (name.empty()) continue;
        // A word that is also a number or a scale of the language ("mille") stays one; a name two
        // units share (Vietnamese "tấn" for the tonne and the US ton) keeps the first, metric one.
        const std::string key(name);
        if (t.number_words.find(key) || t.scale_words.find(key) || t.unit_words.find(key)) continue;
        add_unit_word(t.unit_words, name, unit_id, true);
      }
    }
  }
}

}  // namespace crosscheck::figures
