// English: most of its words live in the shared tables (number_words.h, currencies.h,
// qualifiers.h, nouns.h) that every language falls back on; here, what only English reads.
#include "figures/languages/builders.h"

#include <string>

namespace crosscheck::figures {

LanguageTables build_english() {
  LanguageTables t;
  for (const char* w : {"in", "by", "from", "since", "until", "till", "before", "after", "through",
                        "during", "of", "early", "late", "mid", "last", "next", "this", "to", "between"}) {
    t.month_words_before.insert(w);
    std::string capital(w);
    capital[0] = static_cast<char>(capital[0] - 'a' + 'A');
    t.month_words_before.insert(capital);
  }
  return t;
}

}  // namespace crosscheck::figures
