// Japanese: numerals, scales and counters are CJK and read in every text (kanji_number.cpp and the
// shared tables); here the approximation words written before a figure beside 約 and 超.
#include "figures/languages/builders.h"

namespace crosscheck::figures {

LanguageTables build_japanese() {
  LanguageTables t;
  t.extra_decimal = "・";  // "26・4%": the middle dot as a decimal point, as vertical text writes it
  t.qualifier_words.exact("ほぼ", Qualifier::nearly);
  t.qualifier_words.exact("少なくとも", Qualifier::at_least);
  t.qualifier_words.exact("最大", Qualifier::up_to);
  // Units of measure from CLDR ("キロメートル", "平方キロメートル", "トン", "ヘクタール");
  // "マグニチュード7.8".
  add_unit_names(t, "ja");
  t.magnitude_words.exact("マグニチュード", 0);
  return t;
}

}  // namespace crosscheck::figures
