#include "units/physical_units.h"

#include <fmt/format.h>
#include <udunits2.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>

namespace crosscheck {
namespace {

// How a unit of the catalogue is built from a unit of the database.
enum class Compose : std::uint8_t {
  plain,       // "kilometer", "km"
  square,      // "square kilometers", "sq km", "km²", "km2"
  cubic,       // "cubic meters", "m³"
  per_hour,    // "kilometers per hour", "km/h", "kph"
  per_second,  // "meters per second", "m/s"
  times_hour,  // "megawatt-hours", "MWh"
};

// The units news text measures in: which units of the database are read, not their words or
// factors (those come from UDUNITS-2). Several rows may give one id more forms.
struct Spec {
  const char* id;
  const char* prefix;  // a UDUNITS prefix name, or ""
  const char* unit;    // a UDUNITS unit name
  Compose compose;
  Dimension dimension;
  bool names = true;  // false: only the symbols ("ha" = h + a; nobody writes "hectoare")
};

constexpr Spec kSpecs[] = {
    {"m", "", "meter", Compose::plain, Dimension::length},
    {"km", "kilo", "meter", Compose::plain, Dimension::length},
    {"cm", "centi", "meter", Compose::plain, Dimension::length},
    {"mm", "milli", "meter", Compose::plain, Dimension::length},
    {"mi", "", "mile", Compose::plain, Dimension::length},
    {"nmi", "", "nautical_mile", Compose::plain, Dimension::length},
    {"ft", "", "foot", Compose::plain, Dimension::length},
    {"yd", "", "yard", Compose::plain, Dimension::length},
    {"in", "", "inch", Compose::plain, Dimension::length},
    {"m2", "", "meter", Compose::square, Dimension::area},
    {"km2", "kilo", "meter", Compose::square, Dimension::area},
    {"mi2", "", "mile", Compose::square, Dimension::area},
    {"ft2", "", "foot", Compose::square, Dimension::area},
    {"ha", "", "hectare", Compose::plain, Dimension::area},
    {"ha", "hecto", "are", Compose::plain, Dimension::area, false},
    {"acre", "", "acre", Compose::plain, Dimension::area},
    {"kg", "kilo", "gram", Compose::plain, Dimension::mass},
    {"g", "", "gram", Compose::plain, Dimension::mass},
    {"mg", "milli", "gram", Compose::plain, Dimension::mass},
    {"t", "", "metric_ton", Compose::plain, Dimension::mass},
    {"ton", "", "short_ton", Compose::plain, Dimension::mass},
    {"long_ton", "", "long_ton", Compose::plain, Dimension::mass},
    {"lb", "", "pound", Compose::plain, Dimension::mass},
    {"l", "", "liter", Compose::plain, Dimension::volume},
    {"m3", "", "meter", Compose::cubic, Dimension::volume},
    {"bbl", "", "barrel", Compose::plain, Dimension::volume},
    {"gal", "", "gallon", Compose::plain, Dimension::volume},
    {"kn", "", "knot", Compose::plain, Dimension::speed},
    {"kn", "", "nautical_mile", Compose::per_hour, Dimension::speed},
    {"km/h", "kilo", "meter", Compose::per_hour, Dimension::speed},
    {"mph", "", "mile", Compose::per_hour, Dimension::speed},
    {"m/s", "", "meter", Compose::per_second, Dimension::speed},
    {"W", "", "watt", Compose::plain, Dimension::power},
    {"kW", "kilo", "watt", Compose::plain, Dimension::power},
    {"MW", "mega", "watt", Compose::plain, Dimension::power},
    {"GW", "giga", "watt", Compose::plain, Dimension::power},
    {"TW", "tera", "watt", Compose::plain, Dimension::power},
    {"hp", "", "horsepower", Compose::plain, Dimension::power},
    {"Wh", "", "watt", Compose::times_hour, Dimension::energy},
    {"kWh", "kilo", "watt", Compose::times_hour, Dimension::energy},
    {"MWh", "mega", "watt", Compose::times_hour, Dimension::energy},
    {"GWh", "giga", "watt", Compose::times_hour, Dimension::energy},
    {"TWh", "tera", "watt", Compose::times_hour, Dimension::energy},
    {"J", "", "joule", Compose::plain, Dimension::energy},
    {"kJ", "kilo", "joule", Compose::plain, Dimension::energy},
    {"MJ", "mega", "joule", Compose::plain, Dimension::energy},
    {"GJ", "giga", "joule", Compose::plain, Dimension::energy},
    {"degC", "", "degree_Celsius", Compose::plain, Dimension::temperature},
    {"degF", "", "degree_fahrenheit", Compose::plain, Dimension::temperature},
};

// The SI unit each dimension is converted through.
const char* base_unit(Dimension d) {
  switch (d) {
    case Dimension::length: return "m";
    case Dimension::area: return "m2";
    case Dimension::mass: return "kg";
    case Dimension::volume: return "m3";
    case Dimension::speed: return "m/s";
    case Dimension::power: return "W";
    case Dimension::energy: return "J";
    case Dimension::temperature: return "K";
    default: return "1";
  }
}

// ---- the XML database: names (singular, plural) and symbols of each <unit>, and the prefixes.

struct NameForm {
  std::string singular, plural;
};
struct XmlUnit {
  std::string def;
  std::vector<NameForm> names;
  std::vector<std::string> symbols;
};
struct XmlPrefix {
  std::string name;
  std::vector<std::string> symbols;
};

std::string decode_entities(std::string s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '&' && s.compare(i, 3, "&#x") == 0) {
      const std::size_t end = s.find(';', i);
      if (end == std::string::npos) break;
      unsigned long cp = std::stoul(s.substr(i + 3, end - i - 3), nullptr, 16);
      // UTF-8 of one code point (the database writes ° and ℃ this way).
      if (cp < 0x80) {
        out += static_cast<char>(cp);
      } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
      } else {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
      }
      i = end;
    } else {
      out += s[i];
    }
  }
  return out;
}

std::string trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' || s.front() == '\r'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r'))
    s.remove_suffix(1);
  return std::string(s);
}

// The text of each <tag ...>text</tag> inside [from, to) of `xml`.
std::vector<std::string> elements(std::string_view xml, std::string_view tag) {
  std::vector<std::string> out;
  const std::string open = "<" + std::string(tag), close = "</" + std::string(tag) + ">";
  for (std::size_t i = 0; (i = xml.find(open, i)) != std::string_view::npos;) {
    const std::size_t after = i + open.size();
    if (after >= xml.size() || (xml[after] != '>' && xml[after] != ' ')) {
      i = after;
      continue;
    }
    const std::size_t body = xml.find('>', after);
    const std::size_t end = xml.find(close, body);
    if (body == std::string_view::npos || end == std::string_view::npos) break;
    out.push_back(decode_entities(trim(xml.substr(body + 1, end - body - 1))));
    i = end + close.size();
  }
  return out;
}

// UDUNITS' own rule for a plural it is not given: -s, -es after a sibilant, -ies after a
// consonant and y.
std::string plural_of(const std::string& singular) {
  if (singular.empty()) return singular;
  const auto ends = [&](std::string_view e) { return singular.ends_with(e); };
  if (ends("s") || ends("x") || ends("z") || ends("ch") || ends("sh")) return singular + "es";
  if (ends("y") && singular.size() > 1 && std::string_view("aeiou").find(singular[singular.size() - 2]) == std::string_view::npos)
    return singular.substr(0, singular.size() - 1) + "ies";
  return singular + "s";
}

std::string spaced(std::string s) {
  std::replace(s.begin(), s.end(), '_', ' ');
  return s;
}

struct Database {
  std::vector<XmlUnit> units;
  std::vector<XmlPrefix> prefixes;
};

Database read_database(const std::filesystem::path& dir, std::string& problem) {
  Database db;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    const std::string name = entry.path().filename().string();
    if (!name.starts_with("udunits2-") || entry.path().extension() != ".xml") continue;
    std::ifstream in(entry.path());
    std::stringstream buffer;
    buffer << in.rdbuf();
    const std::string xml = buffer.str();
    for (const std::string& block : elements(xml, "unit")) {
      XmlUnit u;
      auto defs = elements(block, "def");
      if (!defs.empty()) u.def = defs.front();
      for (const std::string& n : elements(block, "name")) {
        NameForm form;
        auto singular = elements(n, "singular");
        auto plural = elements(n, "plural");
        if (singular.empty()) continue;
        form.singular = singular.front();
        form.plural = plural.empty() ? plural_of(form.singular) : plural.front();
        u.names.push_back(std::move(form));
      }
      u.symbols = elements(block, "symbol");
      db.units.push_back(std::move(u));
    }
    for (const std::string& block : elements(xml, "prefix")) {
      XmlPrefix p;
      auto names = elements(block, "name");
      if (names.empty()) continue;
      p.name = names.front();
      p.symbols = elements(block, "symbol");
      db.prefixes.push_back(std::move(p));
    }
  }
  if (db.units.empty()) problem = fmt::format("no UDUNITS-2 unit database in {}", dir.string());
  return db;
}

// The names and symbols of `unit`: its own <unit> and the blocks that only alias it
// ("<def>knot</def>" with the symbols kt, kts).
void forms_of(const Database& db, const std::string& unit, std::vector<NameForm>& names,
              std::vector<std::string>& symbols) {
  for (const XmlUnit& u : db.units) {
    bool named = u.def == unit;
    for (const NameForm& n : u.names) named = named || n.singular == unit;
    if (!named) continue;
    for (const NameForm& n : u.names) names.push_back({spaced(n.singular), spaced(n.plural)});
    for (const std::string& s : u.symbols) symbols.push_back(s);
  }
}

void add_unique(std::vector<std::string>& list, std::string s) {
  if (!s.empty() && std::find(list.begin(), list.end(), s) == list.end()) list.push_back(std::move(s));
}

// A symbol that is an English word ("in") would read "5 in" as inches.
bool usable_symbol(const std::string& s) { return s != "in" && s != "a"; }

Number to_number(double d) {
  // Fifteen significant digits drop the binary noise of the converter (1609.344 stays exact).
  return Number(fmt::format("{:.15g}", d));
}

Number significant(const Number& x, int digits) {
  if (x.is_zero()) return x;
  return Number(x.str(digits - 1, std::ios_base::scientific));  // digits after the first
}

struct UtSystem {
  ut_system* system = nullptr;
  ~UtSystem() {
    if (system) ut_free_system(system);
  }
};

}  // namespace

std::string_view to_string(Dimension d) {
  switch (d) {
    case Dimension::none: return "";
    case Dimension::length: return "length";
    case Dimension::area: return "area";
    case Dimension::mass: return "mass";
    case Dimension::volume: return "volume";
    case Dimension::speed: return "speed";
    case Dimension::power: return "power";
    case Dimension::energy: return "energy";
    case Dimension::temperature: return "temperature";
    case Dimension::magnitude: return "magnitude";
  }
  return "";
}

UnitCatalogue::UnitCatalogue() {
  ut_set_error_message_handler(ut_ignore);
  UtSystem ut;
  ut.system = ut_read_xml(nullptr);
  if (!ut.system) {
    problem_ = "cannot read the UDUNITS-2 database";
    return;
  }
  ut_status status = UT_SUCCESS;
  const char* path = ut_get_path_xml(nullptr, &status);
  const Database db = read_database(std::filesystem::path(path ? path : "").parent_path(), problem_);

  for (const Spec& spec : kSpecs) {
    std::vector<NameForm> names;
    std::vector<std::string> symbols;
    forms_of(db, spec.unit, names, symbols);
    std::string prefix_name = spec.prefix;
    std::vector<std::string> prefix_symbols;
    for (const XmlPrefix& p : db.prefixes)
      if (p.name == spec.prefix) prefix_symbols = p.symbols;
    if (!*spec.prefix) prefix_symbols = {""};
    // The UDUNITS expression of the unit, and its conversion to the dimension's SI unit.
    std::string expression = prefix_name + spec.unit;
    switch (spec.compose) {
      case Compose::square: expression += "^2"; break;
      case Compose::cubic: expression += "^3"; break;
      case Compose::per_hour: expression += "/hour"; break;
      case Compose::per_second: expression += "/second"; break;
      case Compose::times_hour: expression += " hour"; break;
      case Compose::plain: break;
    }
    ut_unit* from = ut_parse(ut.system, expression.c_str(), UT_UTF8);
    ut_unit* to = ut_parse(ut.system, base_unit(spec.dimension), UT_UTF8);
    cv_converter* converter = from && to ? ut_get_converter(from, to) : nullptr;
    if (!converter) {
      problem_ = fmt::format("UDUNITS-2 cannot convert {} to {}", expression, base_unit(spec.dimension));
      ut_free(from);
      ut_free(to);
      continue;
    }
    const double at0 = cv_convert_double(converter, 0.0), at1 = cv_convert_double(converter, 1.0);
    cv_free(converter);
    ut_free(from);
    ut_free(to);

    PhysicalUnit* unit = nullptr;
    for (PhysicalUnit& u : units_)
      if (u.id == spec.id) unit = &u;
    if (!unit) {
      unit = &units_.emplace_back();
      unit->id = spec.id;
      unit->udunits = expression;
      unit->dimension = spec.dimension;
      unit->factor = to_number(at1 - at0);
      unit->offset = to_number(at0);
    }
    auto add_name = [unit](const std::string& n) { add_unique(unit->names, n); };
    auto add_symbol = [unit](const std::string& s) {
      if (usable_symbol(s)) add_unique(unit->symbols, s);
    };
    for (const NameForm& n : names) {
      if (!spec.names) break;
      const std::string one = prefix_name + n.singular, many = prefix_name + n.plural;
      switch (spec.compose) {
        case Compose::plain:
          add_name(one);
          add_name(many);
          break;
        case Compose::square:
          for (const char* word : {"square ", "sq ", "sq. "}) {
            add_name(word + one);
            add_name(word + many);
          }
          break;
        case Compose::cubic:
          add_name("cubic " + one);
          add_name("cubic " + many);
          break;
        case Compose::per_hour:
          add_name(one + " per hour");
          add_name(many + " per hour");
          add_name(many + " an hour");
          break;
        case Compose::per_second:
          add_name(one + " per second");
          add_name(many + " per second");
          break;
        case Compose::times_hour:
          for (const char* joint : {"-", " "}) {
            add_name(one + joint + "hour");
            add_name(one + joint + "hours");
          }
          break;
      }
    }
    for (const std::string& p : prefix_symbols)
      for (const std::string& s : symbols) {
        const std::string symbol = p + s;
        switch (spec.compose) {
          case Compose::plain:
            add_symbol(symbol);
            // English writes the pound's and the yard's abbreviations with a plural "s": "25lbs".
            if (symbol == "lb" || symbol == "yd") add_symbol(symbol + "s");
            break;
          case Compose::square:
            for (const char* form : {"²", "2", "^2"}) add_symbol(symbol + form);
            for (const char* word : {"sq ", "sq. ", "sq.", "sq"}) add_symbol(word + symbol);
            break;
          case Compose::cubic:
            for (const char* form : {"³", "3", "^3"}) add_symbol(symbol + form);
            add_symbol("cu " + symbol);
            break;
          case Compose::per_hour:
            add_symbol(symbol + "/h");
            add_symbol(symbol + "/hr");
            // The "per hour" shorthand takes the first letter of the unit's name: mph, kph.
            if (std::string_view(spec.unit).find('_') == std::string_view::npos)
              add_symbol(std::string(1, (prefix_name + spec.unit)[0]) + "ph");
            break;
          case Compose::per_second: add_symbol(symbol + "/s"); break;
          case Compose::times_hour: add_symbol(symbol + "h"); break;
        }
      }
  }
}

const UnitCatalogue& UnitCatalogue::get() {
  static const UnitCatalogue catalogue;
  return catalogue;
}

int UnitCatalogue::index(std::string_view id) const {
  for (std::size_t i = 0; i < units_.size(); ++i)
    if (units_[i].id == id) return static_cast<int>(i);
  return -1;
}

const PhysicalUnit* UnitCatalogue::find(std::string_view id) const {
  const int i = index(id);
  return i < 0 ? nullptr : &units_[static_cast<std::size_t>(i)];
}

std::string_view common_unit(Dimension d) {
  switch (d) {
    case Dimension::temperature: return "degC";
    case Dimension::magnitude: return "magnitude";
    case Dimension::none: return "";
    default: return base_unit(d);
  }
}

Dimension dimension_of(std::string_view unit_id) {
  if (unit_id == "magnitude") return Dimension::magnitude;
  const PhysicalUnit* u = UnitCatalogue::get().find(unit_id);
  return u ? u->dimension : Dimension::none;
}

std::optional<UnitConversion> convert_units(const Interval& interval, const Number& value,
                                            std::string_view from, std::string_view to) {
  if (from == to) return UnitConversion{interval, value};
  const UnitCatalogue& c = UnitCatalogue::get();
  const PhysicalUnit* a = c.find(from);
  const PhysicalUnit* b = c.find(to);
  if (!a || !b || a->dimension != b->dimension) return std::nullopt;
  // One factor and one shift from `from` to `to`, rounded to twelve significant digits: through
  // the SI unit, the database's doubles leave noise in the last digits (1 knot = 1.852 km/h, not
  // 1.85199999999692). The factor is positive: the conversion keeps the order of the ends.
  const Number ratio = significant(a->factor / b->factor, 12);
  const Number shift = significant((a->offset - b->offset) / b->factor, 12);
  auto convert = [&](const Number& x) {
    if (is_infinite(x)) return x;
    return Number(x * ratio + shift);
  };
  Interval out = interval;
  out.low = convert(interval.low);
  out.high = convert(interval.high);
  return UnitConversion{out, convert(value)};
}

}  // namespace crosscheck
