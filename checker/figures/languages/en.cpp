// English: most of its words live in the shared tables (number_words.h, currencies.h,
// qualifiers.h, nouns.h) that every language falls back on; here, what only English reads.
#include "figures/languages/builders.h"

#include <string>

namespace crosscheck::figures {

namespace {

// A plural in lower case: the word ends in "s" and is no function word that does ("this", "as",
// "was"), no adverb ("always") and no multiplier ("times").
std::string english_plural(std::string_view w) {
  static const WordSet not_nouns = [] {
    WordSet set;
    for (const char* x : {"is", "was", "has", "as", "us", "its", "his", "hers", "ours", "yours", "theirs",
                          "this", "thus", "plus", "minus", "less", "unless", "yes", "always", "perhaps",
                          "whereas", "across", "besides", "afterwards", "towards", "backwards", "times",
                          "sometimes", "does", "goes", "says", "means", "versus", "was", "whereupon",
                          "nevertheless", "regardless", "various", "previous", "famous", "serious",
                          "numerous", "enormous", "anonymous", "tremendous", "obvious", "overseas"})
      set.insert(x);
    return set;
  }();
  if (w.size() < 4 || w.back() != 's' || w.ends_with("ss") || w.ends_with("us") || w.ends_with("is"))
    return {};
  for (char c : w)
    if (!(c >= 'a' && c <= 'z') && c != '-') return {};
  if (not_nouns.contains(w)) return {};
  if (w.ends_with("ies") && w.size() > 4) return std::string(w.substr(0, w.size() - 3)) + "y";
  for (std::string_view es : {"sses", "shes", "ches", "xes"})
    if (w.ends_with(es)) return std::string(w.substr(0, w.size() - 2));
  return std::string(w.substr(0, w.size() - 1));
}

// A singular noun after "one": a word in lower case that no plural, function word, verb or
// pronoun is ("one of", "one another", "one must", "one involves").
std::string english_singular(std::string_view w) {
  static const WordSet not_nouns = [] {
    WordSet set;
    for (const char* x : {"of", "another", "other", "more", "less", "and", "or", "nor", "but", "than", "that",
                          "which", "who", "whom", "whose", "the", "a", "an", "in", "on", "at", "by", "for", "to",
                          "from", "with", "into", "over", "under", "after", "before", "per", "off", "out", "up",
                          "down", "can", "could", "will", "would", "shall", "should", "may", "might", "must",
                          "had", "did", "are", "were", "be", "been", "being", "have", "do", "said", "told",
                          "else", "such", "half", "third", "quarter", "point", "way", "too", "only", "just",
                          "day", "thing", "apiece", "each", "either", "new", "old", "big", "small", "large",
                          "major", "minor", "main", "key", "single", "last", "first", "next", "final", "further",
                          "extra", "additional", "own", "very", "same", "whole",
                          // number words: "one twenty two" is a number said in parts
                          "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                          "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
                          "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
                          "ninety", "hundred", "thousand", "million", "billion", "trillion", "dozen", "zero",
                          "one",
                          // pronouns: "the one you mentioned"
                          "you", "he", "she", "it", "we", "they", "him", "her", "them", "me", "this", "these",
                          "those", "there", "here", "what", "when", "where", "while", "if", "as", "so", "not"})
      set.insert(x);
    return set;
  }();
  if (w.size() < 3 || (w.back() == 's' && !w.ends_with("ss"))) return {};
  for (char c : w)
    if (!(c >= 'a' && c <= 'z') && c != '-') return {};
  if (not_nouns.contains(w) || w.ends_with("ly")) return {};
  // "one twenty-fifth": a fraction's ordinal, whose first part is a number word.
  if (const auto hyphen = w.find('-'); hyphen != std::string_view::npos && not_nouns.contains(w.substr(0, hyphen)))
    return {};
  return std::string(w);
}

}  // namespace

LanguageTables build_english() {
  LanguageTables t;
  t.open_noun = english_plural;
  t.singular_noun = english_singular;
  for (const char* w : {"in", "by", "from", "since", "until", "till", "before", "after", "through",
                        "during", "of", "early", "late", "mid", "last", "next", "this", "to", "between"}) {
    t.month_words_before.insert(w);
    std::string capital(w);
    capital[0] = static_cast<char>(capital[0] - 'a' + 'A');
    t.month_words_before.insert(capital);
  }
  t.equivalent_words = {"equivalent to", "or", "i.e."};
  // "42 Kuwaiti dinars", "10 Mongolian tugriks": every currency's English name from CLDR.
  add_currency_names(t, "en");
  return t;
}

}  // namespace crosscheck::figures
