// Units of measure as text writes them after a number: English from the UDUNITS-2 catalogue
// (units/physical_units.h), other languages from CLDR through ICU (languages/cldr_units.cpp).
// Built once, at first use; the scanner only looks them up.
#pragma once

#include "figures/ast.h"
#include "figures/lexicon.h"

namespace crosscheck::figures {

// English names, plurals and symbols of every catalogue unit, and the forms text writes beside
// them: a temperature's symbol without its degree sign, glued to the digits ("40C", "104F"); the
// magnitude of an earthquake ("7.8 magnitude").
const Lexicon<ast::UnitWord>& english_unit_words();

// The singular names of the units of length, area, mass and volume ("gallon", "square mile"), for
// "a gallon of beer": one of the unit.
const Lexicon<ast::UnitWord>& english_measure_names();

// Words written before the number of an earthquake's magnitude ("magnitude 7.8").
const Lexicon<int>& english_magnitude_words();

// Adds a unit form to a table: one-byte forms ("m", "t") are read only glued to the digits.
void add_unit_word(Lexicon<ast::UnitWord>& table, std::string_view form, const std::string& id,
                   bool capitalise);

}  // namespace crosscheck::figures
