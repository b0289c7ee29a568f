// English: its words live in the shared tables (number_words.h, currencies.h, qualifiers.h,
// nouns.h) that every language falls back on; nothing of its own here.
#include "figures/languages/builders.h"

namespace crosscheck::figures {

LanguageTables build_english() { return {}; }

}  // namespace crosscheck::figures
