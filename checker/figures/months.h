// Month names and their abbreviations → 1..12, from CLDR through ICU, and Japanese era names.
#pragma once

#include "figures/lexicon.h"

#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <memory>
#include <string>

namespace crosscheck::figures {

// The month names of the languages written with letters (English, German, French): wide and
// abbreviated, in running text and standing alone, exactly as CLDR writes them. Vietnamese and
// Japanese name months by number ("tháng 12", "12月"): the grammar reads those.
// English names stay capitalised only: "may" and "march" in lower case are verbs. An abbreviation
// CLDR writes with a full stop ("sept.", "Okt.") is taken with it only, since "sept" alone is the
// French seven; without the stop it is read as written ("Sep", "März").
struct MonthNames : Lexicon<int> {
  MonthNames() {
    for (const char* locale : {"en", "de", "fr"}) {
      UErrorCode status = U_ZERO_ERROR;
      icu::DateFormatSymbols symbols(icu::Locale(locale), status);
      if (U_FAILURE(status)) continue;
      using Symbols = icu::DateFormatSymbols;
      for (auto context : {Symbols::FORMAT, Symbols::STANDALONE})
        for (auto width : {Symbols::WIDE, Symbols::ABBREVIATED}) {
          int32_t count = 0;
          const icu::UnicodeString* months = symbols.getMonths(count, context, width);
          for (int32_t i = 0; i < count && i < 12; ++i) {
            std::string name;
            months[i].toUTF8String(name);
            // French is written in lower case; a capital opens a sentence.
            if (std::string_view(locale) == "fr") word(name, i + 1);
            else exact(name, i + 1);
          }
        }
    }
    exact("Sept", 9);
  }
};

// Japanese eras: the Gregorian year before each era's first year ("令和3年" is 2018 + 3).
struct JapaneseEras : Lexicon<int> {
  JapaneseEras() {
    exact("令和", 2018);
    exact("平成", 1988);
    exact("昭和", 1925);
  }
};

}  // namespace crosscheck::figures
