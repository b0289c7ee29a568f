#include "figures/word_number.h"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

namespace crosscheck::figures {
namespace {

constexpr std::string_view unit_names[] = {
    "zero",    "one",     "two",     "three",     "four",     "five",     "six",
    "seven",   "eight",   "nine",    "ten",       "eleven",   "twelve",   "thirteen",
    "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
constexpr std::string_view tens_names[] = {"twenty", "thirty",  "forty",  "fifty",
                                           "sixty",  "seventy", "eighty", "ninety"};

struct Named {
  std::string_view name;
  std::int64_t value;
};
constexpr Named scale_names[] = {{"thousand", 3}, {"million", 6}, {"billion", 9}, {"trillion", 12},
                                 {"lakh", 5},     {"lakhs", 5},   {"crore", 7},   {"crores", 7},
                                 {"lac", 5},      {"lacs", 5},    {"krore", 7},   {"krores", 7},
                                 {"cr", 7}};
constexpr Named denominator_names[] = {
    {"half", 2},         {"third", 3},         {"quarter", 4},          {"fourth", 4},
    {"fifth", 5},        {"sixth", 6},         {"seventh", 7},          {"eighth", 8},
    {"ninth", 9},        {"tenth", 10},        {"twentieth", 20},       {"thirtieth", 30},
    {"fortieth", 40},    {"fiftieth", 50},     {"sixtieth", 60},        {"seventieth", 70},
    {"eightieth", 80},   {"ninetieth", 90},    {"hundredth", 100},      {"thousandth", 1000},
    {"millionth", 1000000}, {"billionth", 1000000000}, {"trillionth", 1000000000000}};

constexpr bool ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

struct Token {
  NumberWord word;
  const char* end = nullptr;
};

// A word of ASCII letters ending where no word continues.
Token read_token(const char* p, const char* last) {
  const char* q = p;
  while (q < last && ascii_letter(*q)) ++q;
  if (q == p || q - p > 16) return {};
  if (q < last && is_word_lead(static_cast<unsigned char>(*q))) return {};
  return {classify_number_word(std::string_view(p, static_cast<std::size_t>(q - p))), q};
}

// White space inside a number: spaces and tabs, and at most one line break ("<br />" + newline
// is one); a blank line ends it.
const char* gap_end(const char* p, const char* last) {
  auto hspace = [&](const char*& i) {
    bool any = false;
    for (;;) {
      if (i < last && (*i == ' ' || *i == '\t')) {
        ++i;
      } else if (last - i >= 2 && i[0] == '\xC2' && i[1] == '\xA0') {
        i += 2;
      } else {
        return any;
      }
      any = true;
    }
  };
  auto line_break = [&](const char*& i) {
    const char* j = i;
    for (std::string_view br : {"<br />", "<br/>", "<br>"})
      if (std::string_view(j, static_cast<std::size_t>(last - j)).starts_with(br)) {
        j += br.size();
        break;
      }
    if (j < last && *j == '\r') ++j;
    if (j < last && *j == '\n') ++j;
    if (j == i) return false;
    i = j;
    return true;
  };
  const char* i = p;
  hspace(i);
  if (line_break(i)) hspace(i);
  return i;
}

struct Separator {
  const char* next = nullptr;
  bool hyphen = false;
};

// Between two words of a number: white space, a hyphen, or a hyphen set off by spaces ("fifty - two").
Separator separator(const char* p, const char* last) {
  const char* q = gap_end(p, last);
  if (q < last && *q == '-') return {gap_end(q + 1, last), true};
  if (q != p) return {q, false};
  return {};
}

Token next_token(const char* end, const char* last, Separator* sep = nullptr) {
  Separator s = separator(end, last);
  if (!s.next) return {};
  if (sep) *sep = s;
  return read_token(s.next, last);
}

// "a third term", "the first quarter results": a singular ordinal word followed by another word is
// an ordinal or a noun, not a fraction ("a third of", "a fifth." are fractions).
bool singular_fraction_ends(const char* end, const char* last) {
  const char* q = gap_end(end, last);
  if (q == end) return true;
  if (q >= last || !ascii_letter(*q)) return true;
  const char* w = q;
  while (w < last && ascii_letter(*w)) ++w;
  std::string_view word(q, static_cast<std::size_t>(w - q));
  return word == "of" || word == "and" || word == "or";
}

// "a quarter of a million", "three quarters of a billion": a fraction of a scale word. Reads "of
// a" and leaves the scale word to the caller, as "half a million" does; the figure is stated to a
// hundredth of the scale.
const char* of_scale(const char* end, const char* last, ast::Numeral& out) {
  const char* q = gap_end(end, last);
  if (q == end || last - q < 3 || q[0] != 'o' || q[1] != 'f' || ascii_letter(q[2])) return end;
  Token article = next_token(q + 2, last);
  if (article.word.kind != NumberWord::article) return end;
  if (next_token(article.end, last).word.kind != NumberWord::scale) return end;
  if (out.exponent == 0) out.exponent = -2;
  return article.end;
}

std::int64_t pow10_int(std::int64_t power) {
  std::int64_t r = 1;
  while (power-- > 0) r *= 10;
  return r;
}

}  // namespace

namespace {

// Every number word by its first letter, so that most words of a text are turned away after one
// look at their first letter and length (the scanner asks at every word that could start a figure).
struct WordTable {
  struct Entry {
    std::string_view name;
    NumberWord word;
  };
  std::array<std::vector<Entry>, 26> by_letter;
  std::size_t longest = 0;

  void add(std::string_view name, NumberWord word) {
    by_letter[static_cast<std::size_t>(name[0] - 'a')].push_back({name, word});
    longest = std::max(longest, name.size());
  }

  WordTable() {
    for (std::size_t i = 0; i < std::size(unit_names); ++i)
      add(unit_names[i], {NumberWord::unit, static_cast<std::int64_t>(i)});
    add("nought", {NumberWord::unit, 0});
    add("naught", {NumberWord::unit, 0});
    add("nil", {NumberWord::unit, 0});  // "won two-nil", "the risk is nil"
    for (std::size_t i = 0; i < std::size(tens_names); ++i)
      add(tens_names[i], {NumberWord::tens, static_cast<std::int64_t>((i + 2) * 10)});
    add("hundred", {NumberWord::hundred, 100});
    for (const Named& sc : scale_names) add(sc.name, {NumberWord::scale, sc.value});
    for (std::string_view d : {"dozen", "dozens", "dz", "dzs", "doz", "dozs"})
      add(d, {NumberWord::dozen, 12});
    add("and", {NumberWord::and_word, 0});
    add("a", {NumberWord::article, 1});
    add("an", {NumberWord::article, 1});
    add("point", {NumberWord::point, 0});
    add("pair", {NumberWord::collective, 2});
    add("couple", {NumberWord::collective, 2});
    add("score", {NumberWord::collective, 20});
    add("half", {NumberWord::half, 2});
    add("halves", {NumberWord::denominator, 2, true});
    for (const Named& d : denominator_names) {
      if (d.name == "half") continue;
      add(d.name, {NumberWord::denominator, d.value});
      plurals.push_back(std::string(d.name) + "s");
    }
    std::size_t k = 0;
    for (const Named& d : denominator_names)
      if (d.name != "half") add(plurals[k++], {NumberWord::denominator, d.value, true});
  }
  // Owns the spelling of the plural denominators ("fifths"); reserved so views stay valid.
  std::vector<std::string> plurals = [] {
    std::vector<std::string> v;
    v.reserve(std::size(denominator_names));
    return v;
  }();
};

const WordTable& word_table() {
  static const WordTable table;
  return table;
}

}  // namespace

NumberWord classify_number_word(std::string_view word) {
  const WordTable& table = word_table();
  if (word.empty() || word.size() > 2 * table.longest || word.size() > 64) return {};
  // Headlines and shouted text: "TWENTY-TWO", "One Hundred" read as the words they are.
  char lowered[64];
  if (std::any_of(word.begin() + 1, word.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
    for (std::size_t i = 0; i < word.size(); ++i)
      lowered[i] = word[i] >= 'A' && word[i] <= 'Z' ? static_cast<char>(word[i] - 'A' + 'a') : word[i];
    word = std::string_view(lowered, word.size());
  }
  char first = word[0];
  if (first >= 'A' && first <= 'Z') first = static_cast<char>(first - 'A' + 'a');
  if (first < 'a' || first > 'z') return {};
  const auto& candidates = table.by_letter[static_cast<std::size_t>(first - 'a')];
  if (candidates.empty()) return {};
  const std::string_view rest = word.substr(1);
  for (const auto& e : candidates)
    if (e.name.size() == word.size() && e.name.substr(1) == rest) return e.word;
  // "sixtynine": text from PDFs loses the hyphen at a line end.
  for (const auto& e : candidates) {
    if (e.word.kind != NumberWord::tens || word.size() <= e.name.size() ||
        e.name.substr(1) != rest.substr(0, e.name.size() - 1))
      continue;
    const std::string_view unit = word.substr(e.name.size());
    for (std::size_t u = 1; u <= 9; ++u)
      if (unit == unit_names[u])
        return {NumberWord::tens, e.word.value + static_cast<std::int64_t>(u), false, true};
  }
  return {};
}

std::vector<std::string_view> number_start_words() {
  std::vector<std::string_view> words;
  for (const auto& letter : word_table().by_letter)
    for (const auto& e : letter)
      if (e.word.kind == NumberWord::unit || e.word.kind == NumberWord::tens ||
          e.word.kind == NumberWord::half || e.word.kind == NumberWord::article ||
          e.name == "quarter")
        words.push_back(e.name);
  return words;
}

namespace {

// Plural powers of ten: what "hundreds", "tens of thousands" count in.
constexpr Named vague_powers[] = {{"tens", 1},     {"hundreds", 2},  {"thousands", 3},
                                  {"millions", 6}, {"billions", 9}, {"trillions", 12}};

std::optional<std::int64_t> vague_power(std::string_view word) {
  if (!word.empty() && word[0] >= 'A' && word[0] <= 'Z') {
    for (const Named& v : vague_powers)
      if (v.name.size() == word.size() && v.name[0] == word[0] - 'A' + 'a' &&
          v.name.substr(1) == word.substr(1))
        return v.value;
    return std::nullopt;
  }
  for (const Named& v : vague_powers)
    if (v.name == word) return v.value;
  return std::nullopt;
}

// The letters of the word at p (up to `last`), when a word ends there.
std::string_view letters_at(const char* p, const char* last) {
  const char* q = p;
  while (q < last && ascii_letter(*q)) ++q;
  if (q < last && is_word_lead(static_cast<unsigned char>(*q))) return {};
  return {p, static_cast<std::size_t>(q - p)};
}

}  // namespace

std::vector<std::string_view> vague_start_words() {
  std::vector<std::string_view> words{"dozens"};
  for (const Named& v : vague_powers) words.push_back(v.name);
  return words;
}

std::optional<const char*> read_vague_number(const char* first, const char* last, ast::Numeral& out) {
  const std::string_view word = letters_at(first, last);
  static const ast::Numeral blank{};
  const bool dozens = word == "dozens" || word == "Dozens";
  const auto power = dozens ? std::optional<std::int64_t>{} : vague_power(word);
  if (!dozens && !power) return std::nullopt;
  out = blank;
  out.words = true;
  out.capitalised = *first >= 'A' && *first <= 'Z';
  const char* end = first + word.size();
  if (dozens) {
    out.vague = ast::Numeral::Vague::dozens;
    out.value = 24;
    return end;
  }
  std::int64_t k = *power;
  // "tens of thousands", "hundreds of millions": a power of the powers.
  if (k <= 2) {
    const char* of = gap_end(end, last);
    if (of != end && letters_at(of, last) == "of") {
      const char* next = gap_end(of + 2, last);
      const std::string_view scale = next != of + 2 ? letters_at(next, last) : std::string_view{};
      const auto inner = vague_power(scale);
      if (inner && *inner >= 3 && !(scale[0] >= 'A' && scale[0] <= 'Z')) {
        k += *inner;
        end = next + scale.size();
      }
    }
  }
  if (k == 1) return std::nullopt;  // "tens" counts only in "tens of thousands"
  out.vague = ast::Numeral::Vague::powers;
  out.exponent = static_cast<int>(k);
  out.value = Number(2) * pow10(static_cast<int>(k));
  return end;
}

std::optional<const char*> read_word_number(const char* first, const char* last, ast::Numeral& out) {
  Token t = read_token(first, last);
  if (t.word.kind == NumberWord::none) return std::nullopt;
  static const ast::Numeral blank{};
  out = blank;
  out.words = true;
  out.capitalised = *first >= 'A' && *first <= 'Z';
  using K = NumberWord::Kind;

  if (t.word.kind == K::article || t.word.kind == K::half) {
    const bool half = t.word.kind == K::half;
    Separator sep;
    Token n = next_token(t.end, last, &sep);
    if (half) {
      // "half a dozen" = 6; "half a million" leaves the scale to the caller; "half" = 0.5.
      if (n.word.kind == K::article && !sep.hyphen) {
        Token m = next_token(n.end, last);
        if (m.word.kind == K::dozen) {
          out.value = 6;
          return m.end;
        }
        if (m.word.kind == K::scale) {
          out.value = Number("0.5");
          out.exponent = -1;
          return n.end;
        }
      }
      out.value = Number("0.5");
      out.exponent = -1;
      return t.end;
    }
    if (sep.hyphen) return std::nullopt;
    switch (n.word.kind) {
      case K::scale:  // "a million": 1, the scale is the caller's
        out.value = 1;
        return t.end;
      case K::dozen:
        out.value = 12;
        return n.end;
      case K::half:
        out.value = Number("0.5");
        out.exponent = -1;
        return n.end;
      case K::denominator:
        if (n.word.plural) return std::nullopt;
        out.value = Number(1) / Number(n.word.value);
        if (!singular_fraction_ends(n.end, last)) {
          // "a quarter million": a fraction of the scale word after it, which is the caller's.
          if (next_token(n.end, last).word.kind != K::scale) return std::nullopt;
          out.exponent = -2;  // stated to a hundredth of the scale, as "a quarter of a million"
          return n.end;
        }
        return of_scale(n.end, last, out);
      case K::hundred:
        break;  // "a hundred ...": read on below
      case K::collective: {
        // "a pair of shoes", "a couple of weeks", "a score of ships": the number the word names,
        // "of" included. Without "of" it is a noun ("a couple married", "a score of 3-1" is one
        // too: a number after "of" is what the score is).
        if (sep.hyphen) return std::nullopt;
        const char* of = gap_end(n.end, last);
        // "Take a couple.", "bought a pair,": where the clause ends, the thing counted is understood
        // (a score there is a match's; after a copula, "they were a couple.", the scanner drops it).
        if (n.word.value == 2) {
          const char* q = n.end;
          while (q < last && (*q == ' ' || *q == '\t')) ++q;
          if (q == last || *q == '.' || *q == ',' || *q == ';' || *q == ':' || *q == '!' || *q == '?' ||
              *q == ')' || *q == '\n' || *q == '\r' || *q == '"') {
            out.value = n.word.value;
            return n.end;
          }
        }
        if (of == n.end || last - of < 2 || of[0] != 'o' || of[1] != 'f' ||
            (last - of > 2 && is_word_lead(static_cast<unsigned char>(of[2]))))
          return std::nullopt;
        const char* after = gap_end(of + 2, last);
        if (after < last && (*after == '-' || (*after >= '0' && *after <= '9'))) return std::nullopt;
        const K next = read_token(after, last).word.kind;
        if (next == K::unit || next == K::tens || next == K::article || next == K::point) return std::nullopt;
        out.value = n.word.value;
        return of + 2;
      }
      default:
        return std::nullopt;
    }
  } else if (t.word.kind == K::point) {
    // "point five", "point seven seven": a decimal without its whole part, digit by digit (the
    // scanner starts one only where it opens a clause; "Point four" heads an item of a list).
    if (*first != 'p') return std::nullopt;
    std::string digits;
    const char* end = t.end;
    for (Separator sp;;) {
      Token d = next_token(end, last, &sp);
      if (d.word.kind != K::unit || d.word.value > 9 || sp.hyphen || d.word.joined) break;
      digits += static_cast<char>('0' + d.word.value);
      end = d.end;
    }
    if (digits.empty()) return std::nullopt;
    out.value = Number("0." + digits);
    out.exponent = -static_cast<int>(digits.size());
    out.fraction = true;
    return end;
  } else if (t.word.kind == K::denominator && t.word.value == 4 && !t.word.plural) {
    // "quarter million", as "half million": a quarter of the scale word after it (the caller's).
    if (next_token(t.end, last).word.kind != K::scale) return std::nullopt;
    out.value = Number(1) / 4;
    out.exponent = -2;
    return t.end;
  } else if (t.word.kind != K::unit && t.word.kind != K::tens) {
    return std::nullopt;
  }

  // Integer part: completed scale groups (total) and the group being read; `since_and` is the part
  // of the group after the last "and" (what "dozens" multiplies and a mixed fraction's numerator).
  struct State {
    std::int64_t total = 0, group = 0, since_and = 0, before_and = 0;
    K prev = K::none;
    bool tens_open = false;  // a tens word that a unit may still join ("fifty two")
    bool has_hundred = false;
    bool after_and = false;
    std::int64_t and_scale = 0;  // the power of a million or more that the "and" follows
    std::int64_t last_scale = 100;
    const char* end = nullptr;
  };
  State s;
  if (t.word.kind == K::article) {  // "a hundred"
    Token h = next_token(t.end, last);
    s.group = s.since_and = 100;
    s.prev = K::hundred;
    s.has_hundred = true;
    s.end = h.end;
  } else {
    s.group = s.since_and = t.word.value;
    s.prev = t.word.kind;
    s.tens_open = t.word.kind == K::tens && !t.word.joined;
    s.end = t.end;
  }
  // "twenty and three" joins only as part of a mixed fraction ("twenty and three fifths"); without
  // one, "two and three" are two numbers. `committed` is the state before such an "and".
  std::optional<State> committed;
  constexpr std::int64_t limit = 1'000'000'000'000'000;

  auto finish = [&](const State& st) -> const char* {
    out.value = Number(st.total + st.group);
    return st.end;
  };

  for (;;) {
    Separator sep;
    Token n = next_token(s.end, last, &sep);
    const K k = n.word.kind;
    if (k == K::none) break;
    if (sep.hyphen && k != K::unit && k != K::tens && k != K::hundred && k != K::denominator &&
        k != K::half)
      break;
    if (k == K::unit || k == K::tens) {
      const bool joins_tens = s.tens_open && k == K::unit && n.word.value >= 1 && n.word.value <= 9;
      const bool starts = s.prev == K::hundred || s.prev == K::scale || s.prev == K::and_word;
      // "one twenty-two", "nine forty five": hundreds said as a digit and then a pair of digits
      // (a flight, a price, a count read aloud); the tens word needs its unit, so that "one
      // twenty" and "two fifty" stay apart.
      if (!joins_tens && !starts && k == K::tens && !sep.hyphen && !n.word.joined && s.prev == K::unit &&
          s.total == 0 && !s.has_hundred && !s.after_and && s.group >= 1 && s.group <= 9 &&
          s.group == s.since_and) {
        Separator su;
        Token u = next_token(n.end, last, &su);
        if (u.word.kind == K::unit && u.word.value >= 1 && u.word.value <= 9) {
          s.group = s.since_and = s.group * 100 + n.word.value + u.word.value;
          s.has_hundred = true;
          s.prev = K::unit;
          s.end = u.end;
          continue;
        }
      }
      if (!joins_tens && !starts) break;
      if (sep.hyphen && !joins_tens && s.prev != K::hundred) break;
      s.group += n.word.value;
      s.since_and = s.prev == K::and_word ? n.word.value : s.since_and + n.word.value;
      s.tens_open = k == K::tens && !n.word.joined;
      s.prev = k;
      s.end = n.end;
      continue;
    }
    s.tens_open = false;
    if (k == K::hundred) {
      if ((s.prev != K::unit && s.prev != K::tens) || s.has_hundred || s.since_and >= 100) break;
      s.group += s.since_and * 99;
      s.since_and *= 100;
      s.has_hundred = true;
      s.prev = k;
      s.end = n.end;
      continue;
    }
    if (k == K::scale) {
      const std::int64_t power = n.word.value;
      if (s.prev == K::scale && s.group == 0 && s.total > 0 && s.total < limit / pow10_int(power)) {
        s.total *= pow10_int(power);  // "three lakh crore"
        s.end = n.end;
        continue;
      }
      if (s.prev != K::unit && s.prev != K::tens && s.prev != K::hundred && s.prev != K::dozen) break;
      if (power >= s.last_scale || s.group >= limit / pow10_int(power)) break;
      if (s.total == 0) {
        // A scale word that ends the number is the caller's ("two million": a rounded figure).
        const K after = next_token(n.end, last).word.kind;
        if (after != K::unit && after != K::tens && after != K::scale && after != K::denominator &&
            after != K::and_word)
          break;
      }
      s.total += s.group * pow10_int(power);
      s.group = s.since_and = 0;
      s.last_scale = power;
      s.has_hundred = false;
      s.after_and = false;
      s.prev = k;
      s.end = n.end;
      continue;
    }
    if (k == K::and_word) {
      // A mixed fraction has one such "and": a second ends the number, so that "one and one and
      // one and …" is not read to its end from each of its words.
      if (committed) break;
      const K after = next_token(n.end, last).word.kind;
      if (after != K::unit && after != K::tens && after != K::article) break;
      if (s.prev == K::unit || s.prev == K::tens || s.prev == K::dozen) {
        if (!committed) committed = s;
      } else if (s.prev != K::hundred && s.prev != K::scale) {
        break;
      }
      s.before_and = s.total + s.group;
      s.and_scale = s.prev == K::scale && s.last_scale >= 6 ? s.last_scale : 0;
      s.since_and = 0;
      s.after_and = true;
      s.prev = k;
      s.end = n.end;
      continue;
    }
    if (k == K::article) {
      if (s.prev != K::and_word) break;
      Token d = next_token(n.end, last);
      if (d.word.kind != K::half && !(d.word.kind == K::denominator && !d.word.plural)) break;
      s.since_and = 1;
      s.group += 1;
      s.prev = k;
      s.end = n.end;
      continue;
    }
    if (k == K::dozen) {
      if (s.prev != K::unit && s.prev != K::tens && s.prev != K::hundred) break;
      s.group += s.since_and * 11;
      s.since_and *= 12;
      s.prev = k;
      s.end = n.end;
      continue;
    }
    if (k == K::denominator || k == K::half) {
      // A mixed number when an "and" leads to a single digit or "a": "one hundred and three
      // quarters" = 100¾, "three and a fifth"; else all of it is the numerator: "one hundred and
      // thirty fifths" = 130/5, "twenty one fifths" = 21/5.
      if (s.prev != K::unit && s.prev != K::tens && s.prev != K::hundred && s.prev != K::scale &&
          s.prev != K::article)
        break;
      // A numerator after "and" below its denominator is a proper fraction of its own: "two and
      // fifty-four hundredths" is 2.54, "one hundred and thirty fifths" 130/5.
      const bool mixed = s.after_and && s.since_and >= 1 && (s.since_and <= 9 || s.since_and < n.word.value);
      const std::int64_t numerator = mixed ? s.since_and : s.total + s.group;
      const bool plural = n.word.plural;
      if (plural == (numerator == 1)) break;  // "two millionth" is "two" and an ordinal
      // "two and a half years", "three and a quarter miles": after "and a", a half or a quarter
      // ends a mixed number whatever follows ("two and a third party" is no number).
      const bool whole_and_part = mixed && s.prev == K::article && (k == K::half || n.word.value == 4);
      // "one-half mile", "two-thirds majority": a fraction joined by a hyphen is one before a noun too.
      if (!plural && !whole_and_part && !sep.hyphen && !singular_fraction_ends(n.end, last)) break;
      if (mixed && s.and_scale > 0) {
        // "one million and a half", "two billion and three quarters": a part of the scale the
        // "and" follows; "one billion and a half million": of the smaller scale named after it.
        std::int64_t power = s.and_scale;
        const char* end = n.end;
        const Token after = next_token(n.end, last);
        if (after.word.kind == K::scale && after.word.value < power) {
          power = after.word.value;
          end = after.end;
        }
        out.value = Number(s.before_and) + Number(numerator) / Number(n.word.value) * pow10(static_cast<int>(power));
        out.exponent = static_cast<int>(power) - (n.word.value == 2 ? 1 : 2);
        return end;
      }
      out.value = Number(mixed ? s.before_and : 0) + Number(numerator) / Number(n.word.value);
      if (n.word.value == 2) out.exponent = -1;  // "one and a half": stated to the half
      return mixed ? n.end : of_scale(n.end, last, out);
    }
    if (k == K::point) {
      // "nine point nought four", "two hundred point seventy-one": digits after the point, each a
      // word or one number word read as its digits.
      if (s.prev != K::unit && s.prev != K::tens && s.prev != K::hundred) break;
      if (committed) break;
      std::string digits;
      const char* end = n.end;
      for (;;) {
        Separator sp;
        Token d = next_token(end, last, &sp);
        if (d.word.kind == K::unit && d.word.value <= 9 && !sp.hyphen) {
          digits += static_cast<char>('0' + d.word.value);
          end = d.end;
          continue;
        }
        if (digits.empty() && (d.word.kind == K::unit || d.word.kind == K::tens) && !sp.hyphen) {
          std::int64_t v = d.word.value;
          end = d.end;
          if (d.word.kind == K::tens && !d.word.joined) {
            Separator su;
            Token u = next_token(end, last, &su);
            if (u.word.kind == K::unit && u.word.value >= 1 && u.word.value <= 9) {
              v += u.word.value;
              end = u.end;
            }
          }
          digits = std::to_string(v);
        }
        break;
      }
      if (digits.empty()) break;
      out.value = Number(std::to_string(s.total + s.group) + "." + digits);
      out.exponent = -static_cast<int>(digits.size());
      out.fraction = true;
      return end;
    }
    break;
  }
  if (committed) s = *committed;
  return finish(s);
}

}  // namespace crosscheck::figures
