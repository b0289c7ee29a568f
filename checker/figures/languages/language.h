// What one language contributes to the figure grammar: its number, ordinal, scale, currency,
// approximation and counted words. One builder per language (en.cpp, de.cpp, fr.cpp, vi.cpp, ja.cpp),
// listed in one table (registry.cpp); each table is built once, at first use.
#pragma once

#include "figures/ast.h"
#include "figures/figure.h"
#include "figures/lexicon.h"
#include "figures/word_set.h"

#include <array>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace crosscheck::figures {

// One word (or fixed group of words) of a number as a language spells it.
struct NumberToken {
  enum Kind : unsigned char {
    number,     // a whole number below 100 ("drei", "vingt-et-un", "hai mươi lăm")
    hundred,    // multiplies what came before it, or one ("hundert", "cents", "trăm")
    thousand,   // ends a group of three digits ("tausend", "mille", "nghìn")
    joiner,     // stands between parts ("und" of "dreihundertund", Vietnamese "linh"/"lẻ")
    times_ten,  // Vietnamese "mươi": the digit before it counts tens ("hai mươi" = 20)
    half,       // "die Hälfte", "la moitié": one half
  };
  Kind kind = number;
  int value = 0;
};

struct LanguageTables {
  std::string tag;
  // German writes a number as one word ("dreihundertfünfundzwanzig"): its parts need no space.
  bool glued_numbers = false;
  // A spelled-out number alone (no scale, unit or noun) is a figure: not in Vietnamese, where "năm"
  // is both five and a year and "một" an article.
  bool bare_number_words = true;
  // The word for one is also the indefinite article ("un", "ein", "một"): alone it counts nothing.
  bool one_is_article = false;
  // Only names are capitalised inside a sentence, so a small number right after a capitalised word
  // is part of a name ("France 3", "Apollo 11"). Not German, which capitalises every noun
  // ("Stärke 7"), nor a language without capitals.
  bool capitals_mark_names = true;
  // A second decimal mark beside the language's own: Japanese "26・4%".
  std::string_view extra_decimal;
  Lexicon<NumberToken> number_words;
  Lexicon<int> ordinal_words;   // "dritte", "troisième", "thứ tư"
  Lexicon<int> ordinal_suffixes;  // glued to digits: "3e", "1er", "2ème"
  Lexicon<int> scale_words;     // after the number: "Milliarden", "Mrd.", "milliards", "tỷ"
  Lexicon<int> scale_modifiers;
  Lexicon<int> percent_words;   // "Prozent", "pour cent", "phần trăm"
  Lexicon<int> point_words;     // percentage points: "Prozentpunkte", "points de pourcentage"  // between the number and its scale: "Dix autres milliards"
  Lexicon<ast::Currency> currency_words;  // after the number: CLDR's names, then common short ones
  Lexicon<Qualifier> qualifier_words;     // before the number: "rund", "près de", "khoảng"
  Lexicon<std::string> count_nouns;       // counted things named right after the number
  Lexicon<std::string> duration_units;    // "drei Jahre", "trois ans", "5 năm" → year
  Lexicon<ast::UnitWord> unit_words;      // units of measure from CLDR: "Kilometer", "tấn", "トン"
  Lexicon<int> magnitude_words;           // before an earthquake's magnitude: "Stärke", "マグニチュード"
  // Words after which digits and a point are an ordinal (German "der 3. Versuch", "zum 2. Mal").
  WordSet ordinal_dot_after;
  // Words after which a number is a label, not a quantity ("Artikel 5", "thành phần 1").
  WordSet label_words;
  // Words that open a parenthetical conversion: "(equivalent to USD 16.03 billion)", "(tương
  // đương 16 tỷ USD)", "(soit 1,2 milliard de dollars)", "(umgerechnet 1,3 Milliarden Dollar)".
  std::vector<std::string> equivalent_words;
  // Words after which a month named alone is a date ("by March", "im April", "en avril").
  WordSet month_words_before;
  // A noun of any kind right after a number is what it counts, by the language's grammar: an
  // English or French plural ("3,377 individuals", "6 444 bâtiments"), a German capitalised word
  // ("3.162 Menschen"). Returns its lemma, or "" when the word is no noun. nullptr: none.
  std::string (*open_noun)(std::string_view word) = nullptr;
  // A singular noun right after the word for one, where that word is no article ("one runway",
  // "one person"): its lemma, or "" when the word is none (a preposition, a verb).
  std::string (*singular_noun)(std::string_view word) = nullptr;
  WordSet start_words;  // the first word of each entry a figure can begin with
  std::array<bool, 256> start_bytes{};  // first bytes of the entries of every table above

  // Registers the first word of an entry (as written and capitalised) as a place to try a figure.
  void starts_figure(std::string_view entry);
};

// The tables of a language tag ("de", "fr-CH"); nullptr when the language has none of its own.
const LanguageTables* language_tables(std::string_view tag);
// Every language's tables, in registry order.
std::span<const LanguageTables* const> all_language_tables();

// What news counts, under the English lemma each word means ("Tote", "morts" → "death"), so that
// counts in different languages name one thing: discover pairs them on it.
struct CountConcept {
  std::string_view lemma;
  std::initializer_list<std::string_view> words;  // as written after a number
};
inline void add_count_concepts(LanguageTables& t, std::initializer_list<CountConcept> concepts) {
  for (const CountConcept& c : concepts)
    for (std::string_view w : c.words) t.count_nouns.exact(w, std::string(c.lemma));
}

// Tables filled from CLDR through ICU, for the builders.
// Cardinals 0..99 and the words for 100 and 1000 of `locale`'s spell-out rules.
void add_spelled_numbers(LanguageTables& t, const char* locale);
// Ordinals 1..99 of `locale`'s spell-out rules (`rule_set`, e.g. "%spellout-ordinal"), with the
// inflected endings given ("r", "n", "s", "m" for German).
void add_spelled_ordinals(LanguageTables& t, const char* locale, std::string_view rule_set,
                          std::initializer_list<std::string_view> endings);
// Every currency's long name and plural names in `locale`, written after the number.
void add_currency_names(LanguageTables& t, const char* locale);
// The names and symbols of every catalogue unit (units/physical_units.h) in `locale`, in CLDR's
// wide, short and narrow forms and its plural forms (cldr_units.cpp).
void add_unit_names(LanguageTables& t, const char* locale);

// Currency symbols of every CLDR locale that name one currency ("Kč", "zł", "₫", "€"), written after
// the number in most of Europe ("12,49 €", "199 Kč").
const Lexicon<ast::Currency>& currency_symbols_after();
// Every ISO 4217 code in use, from ICU: glued to the digits ("UAH3.04", "10MNT") each names its
// currency; set off by a space only the codes news writes most (currencies.h), since some spell
// words ("ALL", "TOP").
const Lexicon<ast::Currency>& iso_currency_codes();
// CLDR's currency symbols of letters, two or more and capitalised: in capitals only ("RM", "KM")
// or not ("Rp", "Ksh"). Read glued before the digits only ("RM42"), as a space apart they are as
// often words ("Le 5 mars").
const Lexicon<ast::Currency>& letter_currency_symbols(bool capitals);
// The same with an "M" before, as finance writes millions: "30 MUSD", "MEUR 120" (scale 6).
const Lexicon<ast::Currency>& million_currency_codes();
// CLDR's symbols with a sign in them ("₴", "₺", "R$"), added after the hand-written prefixes,
// which keep their reading ("C$" is the Canadian dollar).
void add_symbols_before(Lexicon<ast::Currency>& prefixes);

}  // namespace crosscheck::figures
