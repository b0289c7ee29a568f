// Language tables filled from CLDR through ICU: spelled-out numbers, ordinals, currency names and
// currency symbols. Run once, when a language's tables are first built.
#include "figures/languages/language.h"

#include <unicode/fieldpos.h>
#include <unicode/locid.h>
#include <unicode/rbnf.h>
#include <unicode/uchar.h>
#include <unicode/uenum.h>
#include <unicode/uloc.h>
#include <unicode/ucurr.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>

namespace crosscheck::figures {
namespace {

std::string utf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  // German spell-out marks its parts with soft hyphens ("drei­und­zwanzig"); text does not.
  for (std::size_t i; (i = out.find("\xC2\xAD")) != std::string::npos;) out.erase(i, 2);
  return out;
}

std::string spell(const icu::RuleBasedNumberFormat& format, int n, const icu::UnicodeString* rule_set) {
  icu::UnicodeString s;
  icu::FieldPosition position;
  UErrorCode status = U_ZERO_ERROR;
  if (rule_set) format.format(static_cast<int32_t>(n), *rule_set, s, position, status);
  else format.format(static_cast<int32_t>(n), s, position);
  return U_SUCCESS(status) ? utf8(s) : std::string();
}

// What `whole` adds after `head` ("zweihundert" after "zwei", "deux cents" after "deux").
std::string after(const std::string& whole, const std::string& head) {
  if (head.empty() || !whole.starts_with(head)) return {};
  std::string rest = whole.substr(head.size());
  while (!rest.empty() && (rest[0] == ' ' || rest[0] == '-')) rest.erase(0, 1);
  return rest;
}

// Without format characters (general category Cf): some locales' symbols carry a bidi mark or a
// zero-width space, which printed text does not; one such symbol alone would make every "’" and
// "”" (the same first two bytes) a place where a figure may start.
std::string currency_name(const UChar* code, const char* locale, UCurrNameStyle style) {
  UErrorCode status = U_ZERO_ERROR;
  UBool is_choice = false;
  int32_t length = 0;
  const UChar* name = ucurr_getName(code, locale, style, &is_choice, &length, &status);
  if (U_FAILURE(status) || !name) return {};
  icu::UnicodeString visible;
  const icu::UnicodeString all(name, length);
  for (int32_t i = 0; i < all.length(); i = all.moveIndex32(i, 1))
    if (u_charType(all.char32At(i)) != U_FORMAT_CHAR) visible.append(all.char32At(i));
  return utf8(visible);
}

}  // namespace

void LanguageTables::starts_figure(std::string_view entry) {
  if (entry.empty()) return;
  std::size_t n = entry.find_first_of(" -'\xE2");
  if (n == 0) return;
  std::string_view first = entry.substr(0, n);
  if (first.back() == '.') first.remove_suffix(1);
  if (first.empty()) return;
  start_words.insert(first);
  start_bytes[static_cast<unsigned char>(first[0])] = true;
  if (first[0] >= 'a' && first[0] <= 'z') {
    std::string capital(first);
    capital[0] = static_cast<char>(capital[0] - 'a' + 'A');
    start_words.insert(capital);
    start_bytes[static_cast<unsigned char>(capital[0])] = true;
  }
}

void add_spelled_numbers(LanguageTables& t, const char* locale) {
  UErrorCode status = U_ZERO_ERROR;
  icu::RuleBasedNumberFormat format(icu::URBNF_SPELLOUT, icu::Locale(locale), status);
  if (U_FAILURE(status)) return;
  auto value = [&t](const std::string& word, NumberToken token) {
    if (word.empty()) return;
    t.number_words.word(word, token);
    t.starts_figure(word);
    // "vingt-et-un" is also written "vingt et un", and "vingt-deux" "vingt deux".
    if (word.find('-') != std::string::npos) {
      std::string spaced = word;
      for (char& c : spaced)
        if (c == '-') c = ' ';
      t.number_words.word(spaced, token);
    }
  };
  // Not zero: Vietnamese "không" is also "not".
  for (int n = 1; n < 100; ++n) value(spell(format, n, nullptr), {NumberToken::number, n});
  const std::string two = spell(format, 2, nullptr);
  value(after(spell(format, 200, nullptr), two), {NumberToken::hundred, 100});
  value(after(spell(format, 2000, nullptr), two), {NumberToken::thousand, 1000});
  // "cent", "mille" alone: one hundred, one thousand.
  const std::string hundred = spell(format, 100, nullptr), thousand = spell(format, 1000, nullptr);
  if (hundred.find(' ') == std::string::npos) value(hundred, {NumberToken::hundred, 100});
  if (thousand.find(' ') == std::string::npos) value(thousand, {NumberToken::thousand, 1000});
}

void add_spelled_ordinals(LanguageTables& t, const char* locale, std::string_view rule_set,
                          std::initializer_list<std::string_view> endings) {
  UErrorCode status = U_ZERO_ERROR;
  icu::RuleBasedNumberFormat format(icu::URBNF_SPELLOUT, icu::Locale(locale), status);
  if (U_FAILURE(status)) return;
  const icu::UnicodeString rules = icu::UnicodeString::fromUTF8(
      icu::StringPiece(rule_set.data(), static_cast<int32_t>(rule_set.size())));
  for (int n = 1; n < 100; ++n) {
    const std::string word = spell(format, n, &rules);
    if (word.empty()) continue;
    t.ordinal_words.word(word, n);
    t.starts_figure(word);
    for (std::string_view ending : endings) {
      t.ordinal_words.word(word + std::string(ending), n);
      t.starts_figure(word + std::string(ending));
    }
  }
}

void add_currency_names(LanguageTables& t, const char* locale) {
  UErrorCode status = U_ZERO_ERROR;
  UEnumeration* codes = ucurr_openISOCurrencies(UCURR_COMMON | UCURR_NON_DEPRECATED, &status);
  if (U_FAILURE(status)) return;
  int32_t length = 0;
  while (const char* code = uenum_next(codes, &length, &status)) {
    if (U_FAILURE(status) || length != 3) break;
    UChar ucode[4] = {static_cast<UChar>(code[0]), static_cast<UChar>(code[1]),
                      static_cast<UChar>(code[2]), 0};
    const ast::Currency currency{std::string(code, 3), false, 0};
    auto add = [&](const std::string& name) {
      // A name that is the code itself says nothing the code tables do not.
      if (name.size() <= 3) return;
      t.currency_words.word(name, currency);
      // Text in lower case throughout ("10 turkish lira", "100 chinese yuan").
      std::string lower = name;
      for (char& c : lower)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if (lower != name) t.currency_words.exact(lower, currency);
    };
    add(currency_name(ucode, locale, UCURR_LONG_NAME));
    for (const char* category : {"one", "other"}) {
      UBool is_choice = false;
      int32_t n = 0;
      UErrorCode s = U_ZERO_ERROR;
      const UChar* plural = ucurr_getPluralName(ucode, locale, &is_choice, category, &n, &s);
      if (U_SUCCESS(s) && plural) add(utf8(icu::UnicodeString(plural, n)));
    }
  }
  uenum_close(codes);
}

const Lexicon<ast::Currency>& currency_symbols_after() {
  static const Lexicon<ast::Currency> table = [] {
    // Each locale's own currency and its symbol there: "Kč" in cs-CZ, "zł" in pl-PL, "₫" in vi-VN.
    std::map<std::string, std::set<std::string>> owners;
    for (int32_t i = 0, n = uloc_countAvailable(); i < n; ++i) {
      const char* locale = uloc_getAvailable(i);
      UChar code[4] = {};
      UErrorCode status = U_ZERO_ERROR;
      if (ucurr_forLocale(locale, code, 4, &status) != 3 || U_FAILURE(status)) continue;
      const std::string symbol = currency_name(code, locale, UCURR_SYMBOL_NAME);
      std::string iso;
      icu::UnicodeString(code, 3).toUTF8String(iso);
      owners[symbol].insert(iso);
    }
    Lexicon<ast::Currency> t;
    for (const auto& [symbol, codes] : owners) {
      if (symbol.empty() || codes.count(symbol)) continue;
      // One ASCII letter ("R", "K") is a letter, not a symbol.
      if (symbol.size() == 1 && ((symbol[0] >= 'a' && symbol[0] <= 'z') || (symbol[0] >= 'A' && symbol[0] <= 'Z')))
        continue;
      // A symbol several currencies use ("kr", "$", "£") names the one whose symbol it is in the
      // root locale ("£": GBP, not GIP); else none.
      std::string owner;
      for (const std::string& iso : codes) {
        UChar code[4] = {static_cast<UChar>(iso[0]), static_cast<UChar>(iso[1]), static_cast<UChar>(iso[2]), 0};
        if (codes.size() == 1 || currency_name(code, "root", UCURR_SYMBOL_NAME) == symbol)
          owner = owner.empty() ? iso : "?";
      }
      if (owner.empty() || owner == "?") continue;
      t.exact(symbol, ast::Currency{owner, false, 0});
    }
    return t;
  }();
  return table;
}

const Lexicon<ast::Currency>& iso_currency_codes() {
  static const Lexicon<ast::Currency> table = [] {
    Lexicon<ast::Currency> t;
    UErrorCode status = U_ZERO_ERROR;
    UEnumeration* codes = ucurr_openISOCurrencies(UCURR_COMMON | UCURR_NON_DEPRECATED, &status);
    if (U_FAILURE(status)) return t;
    int32_t length = 0;
    while (const char* code = uenum_next(codes, &length, &status)) {
      if (U_FAILURE(status) || length != 3) break;
      t.exact(std::string(code, 3), ast::Currency{std::string(code, 3), false, 0});
    }
    uenum_close(codes);
    return t;
  }();
  return table;
}

const Lexicon<ast::Currency>& letter_currency_symbols(bool capitals) {
  auto build = [](bool caps) {
    Lexicon<ast::Currency> t;
    currency_symbols_after().for_each([&t, caps](const std::string& symbol, const ast::Currency& currency) {
      const bool letters = std::ranges::all_of(symbol, [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.';
      });
      const bool all_caps = std::ranges::none_of(symbol, [](char c) { return c >= 'a' && c <= 'z'; });
      if (letters && symbol.size() >= 2 && symbol[0] >= 'A' && symbol[0] <= 'Z' && all_caps == caps)
        t.exact(symbol, currency);
    });
    return t;
  };
  static const Lexicon<ast::Currency> mixed = build(false), upper = build(true);
  return capitals ? upper : mixed;
}

const Lexicon<ast::Currency>& million_currency_codes() {
  static const Lexicon<ast::Currency> table = [] {
    Lexicon<ast::Currency> t;
    iso_currency_codes().for_each([&t](const std::string& code, const ast::Currency& currency) {
      t.exact("M" + code, ast::Currency{currency.code, false, 6});
    });
    return t;
  }();
  return table;
}

void add_symbols_before(Lexicon<ast::Currency>& prefixes) {
  // A dollar's ISO code glued to its sign: "MXN$ 15", "NZD$15", "aud$ 15" (every currency whose
  // symbol in English or in the root locale has a "$").
  UErrorCode status = U_ZERO_ERROR;
  UEnumeration* codes = ucurr_openISOCurrencies(UCURR_COMMON | UCURR_NON_DEPRECATED, &status);
  if (U_SUCCESS(status)) {
    int32_t length = 0;
    while (const char* code = uenum_next(codes, &length, &status)) {
      if (U_FAILURE(status) || length != 3) break;
      const UChar ucode[4] = {static_cast<UChar>(code[0]), static_cast<UChar>(code[1]), static_cast<UChar>(code[2]), 0};
      if (currency_name(ucode, "en", UCURR_SYMBOL_NAME).find('$') == std::string::npos &&
          currency_name(ucode, "root", UCURR_SYMBOL_NAME).find('$') == std::string::npos)
        continue;
      const ast::Currency currency{std::string(code, 3), false, 0};
      std::string upper(code, 3), lower(code, 3);
      for (char& c : lower) c = static_cast<char>(c - 'A' + 'a');
      prefixes.exact(upper + "$", currency);
      prefixes.exact(lower + "$", currency);
    }
    uenum_close(codes);
  }
  // Letters alone ("Le", "den", "KM", "Ft") are words of some language before a number ("Le 5
  // mars", "den 5. März"): only symbols with a sign in them are taken ("₴", "₺", "R$", "S/").
  currency_symbols_after().for_each([&prefixes](const std::string& symbol, const ast::Currency& currency) {
    const bool sign = std::ranges::any_of(symbol, [](char c) {
      return static_cast<unsigned char>(c) >= 0x80 || c == '$' || c == '/';
    });
    if (sign) prefixes.exact(symbol, currency);
  });
}

}  // namespace crosscheck::figures
