#include "figures/unit_words.h"

#include "units/physical_units.h"

namespace crosscheck::figures {

void add_unit_word(Lexicon<ast::UnitWord>& table, std::string_view form, const std::string& id,
                   bool capitalise) {
  if (form.empty()) return;
  const ast::UnitWord word{id, form.size() == 1};
  if (capitalise) table.word(form, word);
  else table.exact(form, word);
}

const Lexicon<ast::UnitWord>& english_unit_words() {
  static const Lexicon<ast::UnitWord> table = [] {
    Lexicon<ast::UnitWord> t;
    for (const PhysicalUnit& unit : UnitCatalogue::get().units()) {
      // Names take a capital at a sentence start ("Kilometres"); symbols are case-sensitive
      // ("mm" is not "Mm").
      for (const std::string& name : unit.names) {
        add_unit_word(t, name, unit.id, true);
        // The database writes scales named after people in lower case ("degrees fahrenheit");
        // text capitalises the name ("degrees Fahrenheit").
        const std::size_t last = name.rfind(' ');
        if (unit.dimension == Dimension::temperature && last != std::string::npos && name[last + 1] >= 'a' &&
            name[last + 1] <= 'z') {
          std::string capital = name;
          capital[last + 1] = static_cast<char>(capital[last + 1] - 'a' + 'A');
          add_unit_word(t, capital, unit.id, true);
        }
      }
      for (const std::string& symbol : unit.symbols) {
        add_unit_word(t, symbol, unit.id, false);
        // News drops the degree sign: "40C", "104F" (glued only: "5 C" is anything).
        if (unit.dimension == Dimension::temperature && symbol.starts_with("°") && symbol.size() == 3)
          t.exact(symbol.substr(2), ast::UnitWord{unit.id, true});
      }
    }
    // An earthquake's magnitude has no unit of measure; its scale is named after the number too.
    for (const char* w : {"magnitude", "on the Richter scale"}) add_unit_word(t, w, "magnitude", true);
    return t;
  }();
  return table;
}

const Lexicon<ast::UnitWord>& english_measure_names() {
  static const Lexicon<ast::UnitWord> table = [] {
    Lexicon<ast::UnitWord> t;
    for (const PhysicalUnit& unit : UnitCatalogue::get().units()) {
      if (unit.dimension != Dimension::length && unit.dimension != Dimension::area &&
          unit.dimension != Dimension::mass && unit.dimension != Dimension::volume)
        continue;
      // Not "ton": "a ton of questions" is a manner of speaking ("a tonne of", "a metric ton of" measure).
      for (const std::string& name : unit.names)
        if (!name.ends_with('s') && name != "feet" && name != "ton") add_unit_word(t, name, unit.id, true);
    }
    return t;
  }();
  return table;
}

const Lexicon<int>& english_magnitude_words() {
  static const Lexicon<int> table = [] {
    Lexicon<int> t;
    t.word("magnitude", 0);
    return t;
  }();
  return table;
}

}  // namespace crosscheck::figures
