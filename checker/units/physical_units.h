// Physical units (lengths, areas, masses, volumes, speeds, powers, energies, temperatures): their
// English names, plurals and symbols and their conversion factors, read once from the UDUNITS-2
// database, and the conversion of an interval between two units of one dimension.
#pragma once

#include "base/interval.h"
#include "base/number.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace crosscheck {

enum class Dimension : std::uint8_t {
  none, length, area, mass, volume, speed, power, energy, temperature, magnitude,
};

// "length", "area"...; "" for none.
std::string_view to_string(Dimension dimension);

struct PhysicalUnit {
  std::string id;            // the unit as figures name it: "km", "km2", "ha", "t", "kn", "MW", "degC"
  std::string udunits;       // the UDUNITS-2 expression it stands for ("kilometer", "kilometer^2")
  Dimension dimension = Dimension::none;
  // base = value · factor + offset, the base being the dimension's SI unit (m, m², kg, m³, m/s, W,
  // J, K); from UDUNITS' converter. Magnitude has no unit: factor 1.
  Number factor = 1;
  Number offset = 0;
  // English forms from the database, as written after a number: names and plurals ("kilometer",
  // "kilometres"), and symbols ("km"). A one-letter symbol ("m", "g") is read only glued to the
  // digits ("48m", "500g").
  std::vector<std::string> names;
  std::vector<std::string> symbols;
};

// The units a news text measures in, built once (at first use) from UDUNITS-2.
class UnitCatalogue {
 public:
  static const UnitCatalogue& get();

  std::span<const PhysicalUnit> units() const { return units_; }
  const PhysicalUnit* find(std::string_view id) const;
  // Index of a unit in units(), or -1.
  int index(std::string_view id) const;
  // A problem reading the database (empty when it was read).
  const std::string& problem() const { return problem_; }

  // UnitCatalogue is built by get() only.
  UnitCatalogue();

 private:
  std::vector<PhysicalUnit> units_;
  std::string problem_;
};

// The dimension of a unit id ("km" → length), none when it is no physical unit.
Dimension dimension_of(std::string_view unit_id);

// The unit a dimension's quantities meet in when their own units differ: its SI unit ("m", "m2",
// "kg", "m3", "m/s", "W", "J"), "degC" for temperatures, "magnitude".
std::string_view common_unit(Dimension dimension);

// `interval` (and `value`) in unit `from` brought to unit `to` of the same dimension; nullopt when
// either is unknown or the dimensions differ.
struct UnitConversion {
  Interval interval;
  Number value;
};
std::optional<UnitConversion> convert_units(const Interval& interval, const Number& value,
                                            std::string_view from, std::string_view to);

}  // namespace crosscheck
