// Instantiates the figure grammar (the only file that includes grammar_def.h).
#include "figures/grammar.h"

#include "figures/grammar_def.h"
#include "figures/kanji_number.h"
#include "figures/unit_words.h"
#include "figures/word_set.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <map>
#include <memory>
#include <mutex>

namespace crosscheck::figures {
namespace parser {

BOOST_SPIRIT_INSTANTIATE(phrase_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(qualifier_prefix_type, iterator_type, context_type)

Separators separators_for(std::string_view language) {
  // English, Chinese, Japanese, Korean, Thai... write 1,234.5; most of continental Europe,
  // Vietnam, Indonesia and Latin America write 1.234,5.
  static constexpr std::string_view comma_decimal[] = {"vi", "de", "fr", "es", "it", "pt", "nl",
                                                       "id", "ru", "pl", "tr", "da", "nb", "sv",
                                                       "fi", "cs", "ro", "el", "uk", "hu"};
  std::string_view primary = language.substr(0, language.find_first_of("-_"));
  Separators out;
  out.tables = language_tables(primary);
  for (std::string_view l : comma_decimal)
    if (primary == l) {
      out.decimal = ',';
      out.group = '.';
    }
  // The United States (and the Philippines) write the month first; the rest of the world the day.
  const std::string_view region = primary.size() < language.size() ? language.substr(primary.size() + 1) : "";
  out.month_first = primary == "en" && (region == "US" || region == "us" || region == "PH");
  out.day_dot_month = primary == "vi";
  return out;
}

}  // namespace parser

const parser::phrase_type& phrase() { return parser::phrase; }
const parser::qualifier_prefix_type& qualifier_prefix() { return parser::qualifier_prefix; }

namespace {

bool ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

}  // namespace

SymbolStarts::SymbolStarts(const LanguageTables* tables) : pairs_(65536) {
  auto add = [this](std::string_view symbol) {
    const auto first = static_cast<unsigned char>(symbol[0]);
    first_[first] = true;
    if (symbol.size() == 1) {
      for (unsigned second = 0; second < 256; ++second) pairs_[first << 8 | second] = true;
    } else {
      pairs_[first << 8 | static_cast<unsigned char>(symbol[1])] = true;
    }
  };
  // The entries that begin with neither a letter nor a digit: "$", "€", "¥"; and kanji numerals.
  parser::currency_prefixes.for_each([&add](const std::string& symbol, const auto&) {
    if (!symbol.empty() && !ascii_letter(symbol[0]) && !(symbol[0] >= '0' && symbol[0] <= '9')) add(symbol);
  });
  for (const char* numeral : kanji_numerals) add(numeral);
  add("第");  // "第3回"
  // Vulgar fractions alone: "½", "¾", "⅓".
  for (const char* glyph : {"¼", "½", "¾", "⅓", "⅔", "⅕", "⅖", "⅗", "⅘", "⅙", "⅚", "⅛", "⅜", "⅝", "⅞"}) add(glyph);
  parser::japanese_eras.for_each([&add](const std::string& era, const auto&) { add(era); });
  // "マグニチュード7.8": a magnitude word of the language that is not a word of letters.
  if (tables)
    tables->magnitude_words.for_each([&add](const std::string& w, const auto&) {
      if (static_cast<unsigned char>(w[0]) >= 0xE3) add(w);
    });
}

namespace {

// What the scanner looks for in a text of one language: the shared tables' entries and that
// language's own (the grammar reads no other language's words). Built once per language, the
// first time a text of it is read.
struct LanguageStarts {
  explicit LanguageStarts(const LanguageTables* tables) : symbols(tables), qualifier_bytes(parser::qualifier_words.first_bytes) {
    if (!tables) return;
    for (std::size_t i = 0; i < qualifier_bytes.size(); ++i)
      qualifier_bytes[i] = qualifier_bytes[i] || tables->qualifier_words.first_bytes[i];
  }
  SymbolStarts symbols;
  std::array<bool, 256> qualifier_bytes;
};

const LanguageStarts& language_starts(const LanguageTables* tables) {
  static std::mutex mutex;
  static std::map<const LanguageTables*, std::unique_ptr<const LanguageStarts>> built;
  const std::lock_guard lock(mutex);
  auto& starts = built[tables];
  if (!starts) starts = std::make_unique<const LanguageStarts>(tables);
  return *starts;
}

}  // namespace

const SymbolStarts& symbol_starts(const LanguageTables* tables) { return language_starts(tables).symbols; }

namespace {

// The words a figure may begin with, behind a filter: for a word's first two bytes, the lengths of
// the entries that so begin. Asked at every word of a text, it turns most of them away with one
// load, before any hashing.
class StartWords {
 public:
  void insert(std::string_view word) {
    set_.insert(word);
    if (!word.empty() && word.size() < 32) lengths_[key(word)] |= std::uint32_t{1} << word.size();
  }
  bool contains(std::string_view word) const {
    if (word.empty()) return false;
    if (word.size() < 32 && !(lengths_[key(word)] >> word.size() & 1)) return false;
    return set_.contains(word);
  }

 private:
  // Bytes alike in their low bits share a key: the filter only lets more words through to the set.
  static std::size_t key(std::string_view word) {
    const auto second = word.size() > 1 ? static_cast<unsigned char>(word[1]) : 0u;
    return (static_cast<unsigned char>(word[0]) & 0x7Fu) << 6 | (second & 0x3Fu);
  }
  WordSet set_;
  std::array<std::uint32_t, 128 * 64> lengths_{};
};

const StartWords& figure_start_words() {
  static const StartWords set = [] {
    StartWords s;
    auto add = [&s](std::string_view word) {
      s.insert(word);
      if (word[0] >= 'a' && word[0] <= 'z') {
        std::string capital(word);
        capital[0] = static_cast<char>(capital[0] - 'a' + 'A');
        s.insert(capital);
      }
    };
    // The leading ASCII letters of each entry ("US" of "US$", "JPY", "September"): what the
    // scanner reads at a word start before it asks the grammar.
    auto add_first_words = [&s](const auto& table) {
      table.for_each([&s](const std::string& entry, const auto&) {
        std::size_t n = 0;
        while (n < entry.size() && ascii_letter(entry[n])) ++n;
        if (n > 0) s.insert(std::string_view(entry).substr(0, n));
      });
    };
    add_first_words(parser::unit_words);
    add_first_words(parser::tens_words);
    add_first_words(parser::ordinal_words);
    add_first_words(parser::month_names);
    add_first_words(parser::currency_prefixes);
    add_first_words(iso_currency_codes());
    add_first_words(million_currency_codes());
    add_first_words(letter_currency_symbols(false));
    add_first_words(letter_currency_symbols(true));
    for (std::string_view w : number_start_words()) add(w);
    for (std::string_view w : vague_start_words()) add(w);
    // The quantity rule's own literals: "minus 5", "negative one", "per cent of 210", "between".
    for (std::string_view w : {"minus", "negative", "percent", "percents", "per", "between"}) add(w);
    s.insert(std::string_view("point"));  // "point 77" (the scanner asks only where it opens a clause)
    // "magnitude 7.8": a magnitude word opens the figure.
    add_first_words(english_magnitude_words());
    // Fiscal years ("FY2019-20", "fiscal 2023"); Vietnamese dates begin with "ngày", "tháng" or
    // "từ" (a span of years), whose leading ASCII letters are "ng", "th" and "t".
    for (std::string_view w : {"FY", "fiscal", "financial", "ng", "th", "t"}) add(w);
    return s;
  }();
  return set;
}

// White space and "<br>" tags: where the word after an article begins.
const char* skip_gap(const char* p, const char* end) {
  for (;;) {
    if (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')) {
      ++p;
    } else if (end - p >= 2 && p[0] == '\xC2' && p[1] == '\xA0') {
      p += 2;
    } else if (p < end && *p == '<') {
      std::string_view rest(p, static_cast<std::size_t>(std::min<std::ptrdiff_t>(end - p, 6)));
      std::size_t n = rest.starts_with("<br />") ? 6 : rest.starts_with("<br/>") ? 5
                      : rest.starts_with("<br>")  ? 4 : 0;
      if (n == 0) return p;
      p += n;
    } else {
      return p;
    }
  }
}

}  // namespace

namespace {

// A capital after the first byte of `letters` (which end at or before `end`). Asked of most words
// of a text: where eight bytes can be read, one range test on a 64-bit word (the high bit of each
// byte set by two additions that cannot carry), the bytes past the word masked off.
bool capital_after_first(std::string_view letters, const char* end) {
  const std::size_t n = letters.size();
  if constexpr (std::endian::native == std::endian::little) {
    if (n <= 8 && end - letters.data() >= 8) {
      constexpr std::uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
      std::uint64_t v;
      std::memcpy(&v, letters.data(), 8);
      const std::uint64_t x = v & ~highs;
      const std::uint64_t capitals = (x + (0x80 - 'A') * ones) & ~(x + (0x80 - 'Z' - 1) * ones) & ~v & highs;
      const std::uint64_t inside = (n == 8 ? ~std::uint64_t{0} : (std::uint64_t{1} << (8 * n)) - 1) & ~std::uint64_t{0xFF};
      return (capitals & inside) != 0;
    }
  }
  return std::any_of(letters.begin() + (n > 0 ? 1 : 0), letters.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// A word no entry begins with (most words of a text): a number word in capitals, or glued tens.
bool unlisted_may_start(std::string_view letters, const char* end) {
  // A number word in capitals ("TWENTY", "ONE Hundred"): the word tables read it in any case.
  if (capital_after_first(letters, end)) {
    const auto kind = classify_number_word(letters).kind;
    if (kind == NumberWord::unit || kind == NumberWord::tens || kind == NumberWord::half) return true;
  }
  // Glued tens ("sixtynine", "sixtyseventh") begin with one of eight tens words: ask only for those.
  if (letters.size() < 8) return false;
  const char first = static_cast<char>(letters[0] | 0x20);
  std::size_t tens = 0;
  for (std::string_view name : {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"})
    if (name[0] == first && std::memcmp(name.data() + 1, letters.data() + 1, 3) == 0) tens = name.size();
  if (tens == 0) return false;
  if (classify_number_word(letters).kind == NumberWord::tens) return true;
  const std::string_view unit = letters.substr(tens);
  for (std::string_view ordinal : {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"})
    if (unit == ordinal) return true;
  return false;
}

// An article ending at letters_end: before another number word or a currency or measure named.
bool article_may_start(const char* letters_end, const char* end) {
  const char* next = skip_gap(letters_end, end);
  const auto kind =
      classify_number_word({next, static_cast<std::size_t>(ascii_letters_end(next, end) - next)}).kind;
  if (kind == NumberWord::none) {
    const char* i = next;  // "a dollar", "a gallon of"
    if (parser::currency_words.prefix_find(i, end) != nullptr) return true;
    i = next;
    return english_measure_names().prefix_find(i, end) != nullptr;
  }
  return kind != NumberWord::article && kind != NumberWord::and_word && kind != NumberWord::point;
}

}  // namespace

bool may_start_figure(const char* p, const char* letters_end, const char* end) {
  const std::string_view letters(p, static_cast<std::size_t>(letters_end - p));
  if (!figure_start_words().contains(letters)) return unlisted_may_start(letters, end);
  if (letters.size() > 2 || classify_number_word(letters).kind != NumberWord::article) return true;
  return article_may_start(letters_end, end);
}

const std::array<bool, 256>& qualifier_start_bytes(const LanguageTables* tables) {
  return language_starts(tables).qualifier_bytes;
}

bool language_may_start_figure(const LanguageTables& tables, const char* p, const char* word_end) {
  if (!tables.start_bytes[static_cast<unsigned char>(*p)]) return false;
  if (tables.start_words.contains({p, static_cast<std::size_t>(word_end - p)})) return true;
  // "zweihundert", "Dreiundzwanzig": a word that begins with a number word, where numbers are glued.
  if (!tables.glued_numbers) return false;
  const char* i = p;
  return tables.number_words.prefix_find(i, word_end) != nullptr;
}

bool parse_phrase(const char*& first, const char* last, const parser::Separators& separators,
                  ast::Phrase& out) {
  namespace x3 = boost::spirit::x3;
  return x3::parse(first, last, x3::with<parser::separators_tag>(separators)[parser::phrase], out);
}

bool parse_qualifier_prefix(const char*& first, const char* last,
                            const parser::Separators& separators, Qualifier& out) {
  namespace x3 = boost::spirit::x3;
  return x3::parse(first, last,
                   x3::with<parser::separators_tag>(separators)[parser::qualifier_prefix], out);
}

}  // namespace crosscheck::figures
