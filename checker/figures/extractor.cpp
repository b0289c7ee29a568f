#include "figures/extractor.h"

#include "base/ascii.h"
#include "figures/figure_builder.h"
#include "figures/grammar.h"
#include "figures/languages/language.h"
#include "figures/nouns.h"
#include "figures/qualifiers.h"
#include "figures/word_number.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <functional>
#include <string>

namespace crosscheck {
namespace {

using figures::is_word_lead;

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
unsigned char byte(char c) { return static_cast<unsigned char>(c); }

// Whether the character ending just before `p` belongs to a word (decoding UTF-8 backwards, so
// that a closing quote ’ is punctuation and a Vietnamese ệ is a letter).
bool word_before(const char* begin, const char* p) {
  if (p == begin) return false;
  const char* q = p - 1;
  while (q > begin && (byte(*q) & 0xC0) == 0x80) --q;
  return is_word_lead(byte(*q));
}

// The digits at d run into a CJK character (a kanji scale, counter or 円).
bool cjk_after_digits(const char* d, const char* end) {
  while (d < end && is_digit(*d)) ++d;
  return d < end && byte(*d) >= 0xE3 && byte(*d) <= 0xE9;
}

const char* skip_word(const char* p, const char* end) {
  while (p < end && (is_word_lead(byte(*p)) || (byte(*p) & 0xC0) == 0x80)) ++p;
  return p;
}

const figures::LabelWords& label_words() {
  static const figures::LabelWords table;
  return table;
}

// A number right after a label ("No. 13", "Project 11661E", "industry 4.0") or an upper-case
// code ("HQ 186", "COP- 26", "COVID 19") names something; it counts nothing.
// Moves back over spaces, tabs and no-break spaces.
const char* back_over_spaces(const char* begin, const char* q) {
  for (;;) {
    if (q > begin && (q[-1] == ' ' || q[-1] == '\t')) {
      --q;
    } else if (q - begin >= 2 && q[-2] == '\xC2' && q[-1] == '\xA0') {
      q -= 2;
    } else {
      return q;
    }
  }
}

bool after_label(const char* begin, const char* p) {
  const char* q = back_over_spaces(begin, p);
  if (q == p) return false;  // glued: handled by the caller
  if (q > begin && q[-1] == '-') q = back_over_spaces(begin, q - 1);
  const char* word_end = q;
  while (q > begin && (is_ascii_letter(q[-1]) || q[-1] == '.')) --q;
  if (q > begin && word_before(begin, q)) return false;  // part of a longer token
  std::string_view word(q, static_cast<std::size_t>(word_end - q));
  if (word.empty()) return false;
  const char* first = word.data();
  if (label_words().parse(first, word.data() + word.size(), boost::spirit::x3::unused,
                          boost::spirit::x3::unused, boost::spirit::x3::unused) &&
      first == word.data() + word.size())
    return true;
  // Two or more capitals: an acronym or a code.
  std::size_t upper = 0;
  for (char c : word) {
    if (is_upper(c)) ++upper;
    else if (c != '.') return false;
  }
  return upper >= 2;
}

// The word before `p` is an ordinal or an article ("the second half", "a half-hour").
bool after_ordinal_or_article(const char* begin, const char* p) {
  const char* q = back_over_spaces(begin, p);
  const char* word_end = q;
  while (q > begin && is_ascii_letter(q[-1])) --q;
  std::string_view word(q, static_cast<std::size_t>(word_end - q));
  for (std::string_view w : {"the", "The", "first", "second", "last", "latter", "other", "next"})
    if (word == w) return true;
  return false;
}

// A digit-sized number word ("three", "nought") starts at p / ends at p.
bool small_number_word(std::string_view word) {
  auto w = figures::classify_number_word(word);
  return w.kind == figures::NumberWord::unit && w.value <= 9;
}
bool number_word_at(const char* p, const char* end) {
  const char* q = p;
  while (q < end && is_ascii_letter(*q)) ++q;
  return small_number_word(std::string_view(p, static_cast<std::size_t>(q - p)));
}
bool number_word_before(const char* begin, const char* p) {
  const char* q = p;
  while (q > begin && is_ascii_letter(q[-1])) --q;
  return small_number_word(std::string_view(q, static_cast<std::size_t>(p - q)));
}

// "[1-5]", "[6, 7]": a citation, not a figure.
const char* citation_end(const char* p, const char* end) {
  const char* q = p + 1;
  bool digit = false;
  for (; q < end && q - p < 64; ++q) {
    char c = *q;
    if (is_digit(c)) digit = true;
    else if (c == ']') return digit ? q + 1 : nullptr;
    else if (c != ',' && c != ' ' && c != '-' && c != ';' && byte(c) < 0x80) return nullptr;
    else if (byte(c) >= 0x80 && c != '\xE2' && c != '\x80' && c != '\x93') return nullptr;
  }
  return nullptr;
}

// "06:03", "14:30", "9:05:30": a time of day (hours to 24, minutes and seconds to 59, each of two
// digits after the colon) counts nothing; skip it as one token. "3:1" (a score, a ratio) is not one.
const char* clock_end(const char* p, const char* end) {
  const char* q = p;
  int hours = 0;
  while (q < end && is_digit(*q) && q - p < 2) hours = hours * 10 + (*q++ - '0');
  if (q == p || hours > 24) return nullptr;
  int parts = 0;
  while (q + 2 < end && *q == ':' && is_digit(q[1]) && is_digit(q[2]) && q[1] <= '5' && parts < 2) {
    q += 3;
    ++parts;
  }
  if (parts == 0 || (q < end && (is_digit(*q) || *q == ':'))) return nullptr;
  return q;
}

// "2 pm", "9 a.m.", "2.13 am", "10:30 PM": a time of day (an hour to 12, minutes of two digits
// after a colon or a point) counts nothing; skip it as one token. "2.1 pm" and "2.123 am" are
// lengths (picometres, attometres) or anything else, not times.
const char* am_pm_end(const char* p, const char* end) {
  const char* q = p;
  int hours = 0;
  while (q < end && is_digit(*q) && q - p < 3) hours = hours * 10 + (*q++ - '0');
  if (q == p || q - p > 2 || hours < 1 || hours > 12) return nullptr;
  if (end - q >= 3 && (*q == ':' || *q == '.') && is_digit(q[1]) && is_digit(q[2]) && q[1] <= '5' &&
      !(end - q >= 4 && is_digit(q[3])))
    q += 3;
  if (q < end && *q == ' ') ++q;
  for (std::string_view w : {"a.m.", "p.m.", "am", "pm", "AM", "PM", "A.M.", "P.M."}) {
    if (static_cast<std::size_t>(end - q) < w.size() || std::string_view(q, w.size()) != w) continue;
    const char* e = q + w.size();
    if (w.back() != '.' && e < end && is_word_lead(byte(*e))) continue;
    return e;
  }
  return nullptr;
}

// "+84 24 3823 1234", "202-555-0100", "(202) 555-0100": skip as one token.
const char* phone_end(const char* p, const char* end) {
  const char* q = p;
  int digits = 0;
  int groups = 0;
  bool plus = *q == '+';
  if (plus) ++q;
  bool in_group = false;
  for (; q < end; ++q) {
    char c = *q;
    if (is_digit(c)) {
      // No telephone number has more than 15 digits (E.164): stop before reading a long chain
      // ("5-5-5-…") to its end, once for each of its numbers.
      if (++digits > 15) return nullptr;
      if (!in_group) ++groups;
      in_group = true;
    } else if (c == '-' || c == ' ' || c == '(' || c == ')' || c == '.') {
      if (c == ' ' && !plus && !(q > p && q[-1] == ')')) break;
      if (q + 1 >= end || !(is_digit(q[1]) || q[1] == '(' || (c == ')' && q[1] == ' '))) break;
      in_group = false;
    } else {
      break;
    }
  }
  if (plus && digits >= 8) return q;
  if (!plus && digits == 10 && groups == 3) return q;
  return nullptr;
}

// "http://...", "https://...", "www.": a link, skipped to its end.
const char* url_end(const char* p, const char* end) {
  auto at = [&](std::string_view s) {
    return static_cast<std::size_t>(end - p) >= s.size() && std::equal(s.begin(), s.end(), p);
  };
  if (!(p[0] == 'h' && at("http") && (at("http://") || at("https://"))) && !(p[0] == 'w' && at("www.")))
    return nullptr;
  while (p < end && *p != ' ' && *p != '\n' && *p != '\t' && *p != '<' && *p != '"' && *p != '\r')
    ++p;
  return p;
}

// Digits at the start of a line followed by "." and a space or "." and more digits ("2.1.").
bool section_number(const char* begin, const char* d, const char* end) {
  const char* q = d;
  while (q > begin && (q[-1] == ' ' || q[-1] == '\t')) --q;
  if (q > begin && q[-1] != '\n') return false;
  const char* i = d;
  while (i < end && is_digit(*i)) {
    while (i < end && is_digit(*i)) ++i;
    if (i >= end || *i != '.') return false;
    ++i;
    if (i < end && (*i == ' ' || *i == '\t')) return true;
    if (i >= end || !is_digit(*i)) return false;
  }
  return false;
}

const char* skip_section_number(const char* d, const char* end) {
  while (d < end && (is_digit(*d) || *d == '.')) ++d;
  return d;
}

// Alone on its line (between line breaks, "<br />" counting as one) among other lines of a
// document: a page number or a list marker. A text that is nothing but the number states it.
bool alone_on_line(std::string_view text, Span span) {
  auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
  std::size_t i = span.begin;
  while (i > 0 && blank(text[i - 1])) --i;
  if (i > 0 && text[i - 1] != '\n') return false;
  std::size_t j = span.end;
  while (j < text.size() && blank(text[j])) ++j;
  if (text.substr(j, 6) == "<br />") j += 6;
  while (j < text.size() && blank(text[j])) ++j;
  if (j != text.size() && text[j] != '\n') return false;
  // Some other line holds something: the nearest non-blank byte before or after the line.
  auto space = [&blank](char c) { return blank(c) || c == '\n'; };
  while (i > 0 && space(text[i - 1])) --i;
  while (j < text.size() && space(text[j])) ++j;
  return i > 0 || j < text.size();
}

// A line without its line end ("\r", trailing spaces, "<br />").
std::string_view trim_line(std::string_view line) {
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
  if (line.ends_with("<br />")) line.remove_suffix(6);
  return line;
}

// Shorter lines are too short to be running heads.
constexpr std::size_t kShortestHead = 24;

// How often each line of kShortestHead bytes or more occurs in a text: open addressing on a hash
// of a line's length and 24 of its bytes (its first, middle and last eight), lines compared whole
// when the hashes agree. Every line of a text is counted once, so hashing all of its bytes cost
// more than the rest of the count.
class LineCounts {
 public:
  void add(std::string_view line) {
    if ((used_ + 1) * 2 > slots_.size()) grow();
    Slot& slot = find(line, hash(line));
    if (slot.count++ == 0) ++used_;
  }
  int count(std::string_view line) const {
    if (slots_.empty()) return 0;
    const std::uint32_t h = hash(line);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
      const Slot& slot = slots_[i];
      if (slot.count == 0) return 0;
      if (slot.hash == h && std::string_view(slot.data, slot.size) == line) return slot.count;
    }
  }

 private:
  struct Slot {
    const char* data = nullptr;
    std::size_t size = 0;
    std::uint32_t hash = 0;
    int count = 0;
  };
  static std::uint32_t hash(std::string_view line) {
    std::uint64_t a, b, c;
    std::memcpy(&a, line.data(), 8);
    std::memcpy(&b, line.data() + line.size() / 2 - 4, 8);
    std::memcpy(&c, line.data() + line.size() - 8, 8);
    std::uint64_t h = (a * 0x9E3779B97F4A7C15ull) ^ (b * 0xC2B2AE3D27D4EB4Full) ^ (c + line.size()) * 0xFF51AFD7ED558CCDull;
    return static_cast<std::uint32_t>(h ^ (h >> 29));
  }
  // The line's slot, or the empty slot where it would go (its data set, its count 0).
  Slot& find(std::string_view line, std::uint32_t h) {
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
      Slot& slot = slots_[i];
      if (slot.count == 0) {
        slot.data = line.data();
        slot.size = line.size();
        slot.hash = h;
        return slot;
      }
      if (slot.hash == h && std::string_view(slot.data, slot.size) == line) return slot;
    }
  }
  void grow() {
    std::vector<Slot> old(std::max<std::size_t>(slots_.size() * 2, 1024));
    old.swap(slots_);
    for (const Slot& slot : old)
      if (slot.count != 0) {
        Slot& moved = find({slot.data, slot.size}, slot.hash);
        moved.count = slot.count;
      }
  }
  std::vector<Slot> slots_;  // a power of two in size, at most half used
  std::size_t used_ = 0;
};

// Running heads of a PDF's pages ("C.A. Thayer / VNU Journal of Science, Vol. 32, No. 1S (2016)
// 25-48") repeat word for word: a bare number or year on a long line found again elsewhere is
// part of one. Figures come in text order, so one forward walk over the lines serves them all.
class RunningHeads {
 public:
  RunningHeads(std::string_view text, const RepeatedLines* repeated) : text_(text), repeated_(repeated) {
    line_end_ = text.find('\n');
    if (line_end_ == std::string_view::npos) line_end_ = text.size();
  }

  bool part_of_one(const Figure& f) {
    if (f.kind != FigureKind::number && f.kind != FigureKind::year) return false;
    while (f.span.begin > line_end_ && line_end_ < text_.size()) {
      line_begin_ = line_end_ + 1;
      line_end_ = text_.find('\n', line_begin_);
      if (line_end_ == std::string_view::npos) line_end_ = text_.size();
    }
    if (judged_line_ == line_begin_) return judged_head_;
    judged_line_ = line_begin_;
    judged_head_ = false;
    std::string_view line = trim_line(text_.substr(line_begin_, line_end_ - line_begin_));
    if (line.size() < kShortestHead) return false;
    if (repeated_) {
      judged_head_ = repeated_->contains(line);
      return judged_head_;
    }
    if (!counted_) {
      for (std::size_t b = 0; b < text_.size();) {
        std::size_t e = text_.find('\n', b);
        if (e == std::string_view::npos) e = text_.size();
        std::string_view counted_line = trim_line(text_.substr(b, e - b));
        if (counted_line.size() >= kShortestHead) counts_.add(counted_line);  // shorter lines are never asked for
        b = e + 1;
      }
      counted_ = true;
    }
    judged_head_ = counts_.count(line) >= 2;
    return judged_head_;
  }

 private:
  std::string_view text_;
  const RepeatedLines* repeated_;
  LineCounts counts_;
  bool counted_ = false;
  std::size_t line_begin_ = 0;
  std::size_t line_end_ = 0;
  // The verdict of the line last asked about: a line of a megabyte may hold many thousands of
  // figures, and hashing it for each would be quadratic.
  std::size_t judged_line_ = std::string_view::npos;
  bool judged_head_ = false;
};

// Back over the white space a figure may hold between words: blanks and at most one line break.
const char* back_over_gap(const char* floor, const char* q) {
  const char* i = back_over_spaces(floor, q);
  const char* j = i;
  if (j > floor && j[-1] == '\n') --j;
  if (j > floor && j[-1] == '\r') --j;
  for (std::string_view br : {"<br />", "<br/>", "<br>"})
    if (static_cast<std::size_t>(j - floor) >= br.size() &&
        std::string_view(j - br.size(), br.size()) == br) {
      j -= br.size();
      break;
    }
  return j == i ? i : back_over_spaces(floor, j);
}

// Back over one word: letters of any script, and the point of an abbreviation ("approx.").
const char* back_over_word(const char* floor, const char* q) {
  const char* i = q;
  if (i > floor && i[-1] == '.') --i;
  while (i > floor) {
    if (byte(i[-1]) < 0x80) {
      // An elided word is one with what follows it: "jusqu'à", "d'environ".
      if (i[-1] == '\'' && i != q && i - 1 > floor && is_ascii_letter(i[-2])) {
        --i;
        continue;
      }
      if (!is_ascii_letter(i[-1])) break;
      --i;
      continue;
    }
    const char* lead = i - 1;
    while (lead > floor && (byte(*lead) & 0xC0) == 0x80) --lead;
    if (!is_word_lead(byte(*lead))) break;
    i = lead;
  }
  return i;
}

struct Scanner {
  Scanner(std::string_view text, const ExtractOptions& options, const RepeatedLines* repeated,
          const std::function<void(Figure&)>& emit)
      : text(text),
        options(options),
        separators(figures::parser::separators_for(options.language)),
        begin(text.data()),
        end(text.data() + text.size()),
        heads(text, repeated),
        emit(emit) {}

  std::string_view text;
  const ExtractOptions& options;
  figures::parser::Separators separators;
  // English text ("am" is also German's "an dem").
  bool english = options.language.empty() || options.language.starts_with("en");
  const char* begin;
  const char* end;
  RunningHeads heads;
  const std::function<void(Figure&)>& emit;
  // Figures read and not yet handed to `emit`: those whose parenthetical partner may still be
  // read. They are handed on every few hundred, so that a line of a million numbers is never held
  // whole; `settled` of them are final, `emitted` were handed on before them.
  std::vector<Figure> out;
  std::size_t settled = 0;
  std::size_t emitted = 0;
  const char* last_end = nullptr;  // of the figure read last, running head or not
  figures::ast::Phrase phrase;  // reused: the grammar blanks it at every alternative

  // A figure read: a number on a running head is dropped at once, before pairs are looked for.
  void push(Figure&& figure) {
    last_end = begin + figure.span.end;
    if (heads.part_of_one(figure)) return;
    out.push_back(std::move(figure));
  }

  // Links the pairs that the figures read so far decide and hands on the figures that no figure
  // still to be read can change (all of them once the text is read through: `complete`).
  void settle(bool complete) {
    const figures::LanguageTables* tables = separators.tables;
    while (settled + 1 < out.size()) {
      const auto decision = figures::decide_pair(out, settled, text, tables, complete);
      if (decision == figures::PairDecision::undecided) break;
      if (decision == figures::PairDecision::yes) {
        out[settled].pair = emitted + settled + 1;
        out[settled + 1].pair = emitted + settled;
      }
      ++settled;
    }
    if (complete) settled = out.size();
    for (std::size_t i = 0; i < settled; ++i) emit(out[i]);
    out.erase(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(settled));
    emitted += settled;
    settled = 0;
  }

  struct Qualified {
    const char* begin;
    Qualifier qualifier;
  };

  // The approximation words right before a figure that starts at `start` ("nearly 40 percent",
  // "no more than $5", "約286億円"): the longest entry ending exactly there, read forwards by the
  // grammar from one of the (at most three) word starts behind the figure. Looking back from the
  // few places where a figure was found costs far less than trying every "over" or "some" of a
  // text as the start of one.
  std::optional<Qualified> qualifier_before(const char* start) const {
    const char* floor = last_end ? last_end : begin;
    if (floor > start) return std::nullopt;
    const char* candidates[9];
    std::size_t n = 0;
    // Glued CJK of up to five characters: "約286億円", "超1000億円", "少なくとも300人".
    for (const char* c = start; n < 5 && c - floor >= 3 && byte(c[-3]) >= 0xE0 && byte(c[-3]) < 0xF0; c -= 3)
      candidates[n++] = c - 3;
    const char* q = start;
    // Up to four words: "more than", "vượt qua con số" (exceeding the figure).
    for (int words = 0; words < 4; ++words) {
      const char* gap = back_over_gap(floor, q);
      if (gap == q && q != start) break;  // words are set apart by white space
      const char* w = back_over_word(floor, gap);
      if (w == gap) break;
      candidates[n++] = w;
      q = w;
    }
    const auto& first_bytes = figures::qualifier_start_bytes(separators.tables);
    while (n > 0) {
      const char* w = candidates[--n];
      if (!first_bytes[byte(*w)]) continue;
      const char* it = w;
      Qualifier qualifier = Qualifier::none;
      if (figures::parse_qualifier_prefix(it, end, separators, qualifier) && it == start)
        return Qualified{w, qualifier};
    }
    return std::nullopt;
  }

  // The word before `p` (across white space).
  std::string_view word_before_gap(const char* p) const {
    const char* gap = back_over_gap(begin, p);
    if (gap == p) return {};
    const char* w = back_over_word(begin, gap);
    return {w, static_cast<std::size_t>(gap - w)};
  }
  bool after_word(const char* p, std::initializer_list<std::string_view> words) const {
    return std::ranges::find(words, word_before_gap(p)) != words.end();
  }
  // "handed over", "took over": the word before `p` is a verb whose particle follows.
  bool after_particle_verb(const char* p) const {
    return std::ranges::find(figures::over_particle_verbs, word_before_gap(p)) !=
           std::end(figures::over_particle_verbs);
  }

  // "ranged from 7 to 10", "varying from 5 to 8 km": after a verb of extent, "from ... to" spans a
  // range, as "between ... and" does.
  bool after_range_verb(const char* p) const {
    const char* gap = back_over_gap(begin, p);
    const char* from = back_over_word(begin, gap);
    return after_word(from, {"range", "ranges", "ranged", "ranging", "vary", "varies", "varied", "varying"});
  }

  // "rose from 5 to 10 percent": a change between two values, not a range. The unit and scale
  // written once after the second serve the first too ("5" is 5 percent); the scanner goes on at
  // "to" and reads the second as usual.
  const char* change_from(const char* p) {
    figures::ast::Phrase first = phrase;
    first.range = false;
    if (!first.has_scale && phrase.high.has_scale) {
      first.scale = phrase.high.scale;
      first.has_scale = true;
    }
    const char* first_end = phrase.high.begin;
    Span span{static_cast<std::size_t>(p - begin), static_cast<std::size_t>(first_end - begin)};
    if (auto figure = figures::build_figure(first, span, text, options, false))
      push(std::move(*figure));
    return first_end;
  }

  // "phase 2", "Stage 3", "Phase two": a place in a sequence, an ordinal (other labels name a thing:
  // "No. 13", "Article 5"). A whole number of up to three digits, or a number word from one to
  // nineteen, at p after the label word; nullptr otherwise.
  const char* sequence_ordinal(const char* p) {
    const char* q = back_over_spaces(begin, p);
    if (q == p) return nullptr;
    const char* word_end = q;
    while (q > begin && is_ascii_letter(q[-1])) --q;
    const std::string word = ascii_lower({q, word_end});
    if (word != "phase" && word != "stage" && word != "part" && word != "level") return nullptr;
    const char* e = p;
    std::int64_t value = 0;
    if (is_digit(*p)) {
      while (e < end && is_digit(*e) && e - p < 4) value = value * 10 + (*e++ - '0');
      if (e - p > 3) return nullptr;
    } else {
      e = figures::ascii_letters_end(p, end);
      const figures::NumberWord w = figures::classify_number_word(ascii_lower({p, e}));
      if (w.kind != figures::NumberWord::unit || w.joined) return nullptr;
      // "phase one thousand" goes on as a number.
      const char* n = e;
      while (n < end && *n == ' ') ++n;
      const auto more = figures::classify_number_word(ascii_lower({n, figures::ascii_letters_end(n, end)})).kind;
      if (more != figures::NumberWord::none && more != figures::NumberWord::and_word &&
          more != figures::NumberWord::article)
        return nullptr;
      value = w.value;
    }
    if (value == 0) return nullptr;
    // Not "phase 2.1", "phase 2b", "part 3/4" or "phase twenty-one".
    if (e < end && (is_ascii_letter(*e) || is_digit(*e) || *e == '/' || *e == '-' || byte(*e) >= 0x80 ||
                    (*e == '.' && e + 1 < end && is_digit(e[1]))))
      return nullptr;
    Figure figure;
    figure.span = {static_cast<std::size_t>(q - begin), static_cast<std::size_t>(e - begin)};
    figure.text = std::string(q, e);
    figure.kind = FigureKind::ordinal;
    figure.value = value;
    figure.interval = Interval::point(figure.value);
    push(std::move(figure));
    return e;
  }

  // Tries a figure at p; returns where to go on (nullptr: no figure starts here).
  // `in_list`: the number follows "22," ("nrs. 22,24,26,31"), so "26,31" is two numbers.
  const char* attempt(const char* p, bool in_list = false, bool ordinal_dot = false) {
    figures::parser::Separators separators = this->separators;
    separators.in_list = in_list;
    separators.ordinal_dot = ordinal_dot;
    const char* it = p;
    if (!figures::parse_phrase(it, end, separators, phrase)) return nullptr;
    if (phrase.range && phrase.high.to && after_word(p, {"from", "From"}) && !after_range_verb(p)) return change_from(p);
    Span span{static_cast<std::size_t>(p - begin), static_cast<std::size_t>(it - begin)};
    auto figure = figures::build_figure(phrase, span, text, options, false);
    // A number word that is no figure ("un troisième plan"): what follows it may be one.
    if (!figure) return phrase.numeral.words ? skip_word(p, end) : it;
    const auto& n = phrase.numeral;
    if (phrase.kind == figures::ast::PhraseKind::quantity && figure->kind == FigureKind::number) {
      // "nine-dash line", "one-party state": a compound name, not a quantity ("three-nought-four"
      // is three numbers). Digits so joined still count: "a 5,000-strong force".
      if (n.words && it < end && *it == '-' && it + 1 < end && is_ascii_letter(it[1]) &&
          !number_word_at(it + 1, end))
        return skip_word(it + 1, end);
      // "3M-54AE": a suffix glued to digits and then a hyphenated code is a model name.
      if (it < end && *it == '-' && it + 1 < end && is_digit(it[1]) && is_ascii_letter(it[-1]))
        return skip_word(it + 1, end);
      // A page number or a running head's folio: a plain whole number alone on its line.
      if (!n.words && !n.grouped && !n.fraction && !phrase.has_scale && !phrase.dozens &&
          n.exponent == 0 && n.int_digits <= 4 &&
          n.value >= 0 && alone_on_line(text, span))
        return it;
      // "they were a couple.", "as a pair,": after a copula or "as", the couple is people, not two.
      if (n.words && figure->value == 2 && (figure->text.ends_with("couple") || figure->text.ends_with("pair")) &&
          after_word(p, {"is", "are", "was", "were", "be", "been", "being", "become", "becomes", "became", "as",
                         "make", "makes", "made", "remain", "remained", "seem", "seemed", "they're", "They're",
                         "we're", "We're", "you're", "You're", "re"}))  // "re" of "they’re"
        return it;
      // "the second half", "the first half of 2015": a part of a period, not a quantity.
      static const Number half = Number(1) / 2;
      if (n.words && figure->value == half && after_ordinal_or_article(begin, p)) return it;
    }
    if (auto q = qualifier_before(p)) {
      std::string_view words(q->begin, static_cast<std::size_t>(p - q->begin));
      while (!words.empty() && (words.back() == ' ' || words.back() == '\n' || words.back() == '\t' ||
                                words.back() == '\r' || byte(words.back()) >= 0x80))
        words.remove_suffix(1);
      // "repaid over 30 years", "under five years": a span of time, not an approximation.
      bool temporal_word = words == "over" || words == "Over" || words == "under" ||
                           words == "Under" || words == "above" || words == "below" ||
                           words == "über" || words == "Über" || words == "unter" || words == "Unter";
      bool applies = !(temporal_word && figure->kind == FigureKind::duration) &&
                     !(words == "over" && after_particle_verb(q->begin)) &&
                     figures::apply_qualifier(*figure, q->qualifier, options.approximations);
      if (applies) {
        // Keep the words as written, CJK ones too.
        std::string_view raw(q->begin, static_cast<std::size_t>(p - q->begin));
        while (!raw.empty() && (raw.back() == ' ' || raw.back() == '\n' || raw.back() == '\t' ||
                                raw.back() == '\r'))
          raw.remove_suffix(1);
        figure->qualifier_text = std::string(raw);
        figure->qualifier_span = {static_cast<std::size_t>(q->begin - begin),
                                  static_cast<std::size_t>(q->begin - begin) + raw.size()};
      }
    }
    // The figure may be shorter than the phrase ("In 2016 Vietnam reached ... agreements").
    const char* figure_end = begin + figure->span.end;
    push(std::move(*figure));
    // The scan always moves on, whatever span the figure took ("-3.25 degrees" looped here).
    return figure_end > p ? std::min(it, figure_end) : it;
  }

  static constexpr std::size_t kHeld = 256;  // figures read before they are handed on

  void run() {
    const figures::SymbolStarts& symbols = figures::symbol_starts(separators.tables);
    // Bytes at which nothing can begin (blanks, most punctuation): passed over in a tight loop.
    std::array<bool, 256> quiet{};
    for (int b = 0; b < 256; ++b) {
      const char c = static_cast<char>(b);
      quiet[static_cast<std::size_t>(b)] = !is_digit(c) && !is_word_lead(static_cast<unsigned char>(b)) && c != '-' &&
                                           c != '.' && c != '[' && c != '+' && b != 0xEF &&
                                           !symbols.first_byte(static_cast<unsigned char>(b));
    }
    const char* p = begin;
    while (p < end) {
      if (out.size() >= kHeld) settle(false);
      while (quiet[byte(*p)] && ++p < end) {
      }
      if (p == end) break;
      const char c = *p;
      const unsigned char b = byte(c);
      if (is_digit(c)) {
        p = at_digit(p, p);
      } else if (is_ascii_letter(c)) {
        p = at_word(p);
      } else if (b >= 0x80 && is_word_lead(b)) {
        // A word of another script: no figure starts inside it, but one may start with it ("đầu tiên").
        const char* word_end = skip_word(p, end);
        const char* next = nullptr;
        if (separators.tables && !word_before(begin, p) &&
            figures::language_may_start_figure(*separators.tables, p, word_end))
          next = attempt(p);
        p = next ? next : word_end;
      } else if (c == '-' && p + 1 < end && is_digit(p[1])) {
        // A minus sign: only where no word or number precedes ("-3", not "COVID-19" or "22-25").
        if (p == begin || (!word_before(begin, p) && p[-1] != '-')) {
          p = at_digit(p, p + 1);
        } else {
          ++p;
        }
      } else if (c == '-' && end - p >= 3 && p[1] == ' ' && is_digit(p[2]) && at_line_start(p)) {
        p = spaced_minus(p);
      } else if (c == '-' && end - p >= 3 && p[1] == '.' && is_digit(p[2]) && (p == begin || !word_before(begin, p)) &&
                 (p == begin || (p[-1] != '-' && !is_digit(p[-1])))) {
        // "-.5": a negative decimal without its leading zero.
        const char* next = attempt(p);
        p = next ? next : skip_word(p + 2, end);
      } else if (c == '.' && p + 1 < end && is_digit(p[1]) &&
                 (p == begin || (!word_before(begin, p) && !is_digit(p[-1]) && p[-1] != '.'))) {
        // ".08": a decimal without its leading zero.
        const char* next = attempt(p);
        p = next ? next : skip_word(p + 1, end);
      } else if (b == 0xEF && end - p >= 3 && p[1] == '\xBC' && byte(p[2]) >= 0x90 && byte(p[2]) <= 0x99) {
        // A full-width digit ("２８６億円"); whatever the checks skip, the scanner moves on.
        const char* next = at_digit(p, p);
        p = next > p ? next : p + 3;
      } else if (c == '[') {
        const char* q = citation_end(p, end);
        p = q ? q : p + 1;
      } else if (c == '+' && p + 1 < end && is_digit(p[1])) {
        const char* q = phone_end(p, end);
        p = q ? q : p + 1;
      } else if (symbols.at(p, end)) {
        // Currency symbols: no word boundary needed.
        const char* next = attempt(p);
        p = next ? next : p + 1;
      } else {
        ++p;
      }
    }
  }

  // Only blanks before p on its line.
  bool at_line_start(const char* p) const {
    const char* q = p;
    while (q > begin && (q[-1] == ' ' || q[-1] == '\t')) --q;
    return q == begin || q[-1] == '\n';
  }

  // "- 1,200,000" alone on its line: a minus sign set off by a space. Opening a line with words
  // after the number ("- 12 ships sank") or before a unit ("- 5 km", an item of a list), the dash is
  // a list's bullet and the figure is read as is.
  const char* spaced_minus(const char* p) {
    const std::size_t before = out.size();
    const char* next = at_digit(p + 2, p + 2);
    if (out.size() != before + 1) return next;
    Figure& f = out.back();
    const char* rest = begin + f.span.end;
    while (rest < end && (*rest == ' ' || *rest == '\t' || *rest == '\r')) ++rest;
    const bool alone = rest == end || *rest == '\n';
    if (!alone || f.kind != FigureKind::number || f.span.begin != static_cast<std::size_t>(p + 2 - begin) || f.value < 0)
      return next;
    f.value = -f.value;
    f.interval = Interval{-f.interval.high, -f.interval.low, f.interval.high_open, f.interval.low_open};
    f.span.begin = static_cast<std::size_t>(p - begin);
    f.text = std::string(text.substr(f.span.begin, f.span.size()));
    return next;
  }

  // At the first letter of a word: most words are turned away by one look-up of their letters.
  const char* at_word(const char* p) {
    const char c = *p;
    if ((c == 'h' || c == 'w') && !word_before(begin, p))
      if (const char* q = url_end(p, end)) return q;
    const char* letters_end = figures::ascii_letters_end(p, end);
    const char* word_end = skip_word(letters_end, end);
    // Only at the start of a word, and not after a hyphen inside a word ("mid-September"),
    // unless numbers are strung together ("three-nought-four").
    if (word_before(begin, p) ||
        (p > begin && p[-1] == '-' && word_before(begin, p - 1) &&
         !(number_word_before(begin, p - 1) && number_word_at(p, end))))
      return word_end;
    if (!figures::may_start_figure(p, letters_end, end) &&
        !(separators.tables && figures::language_may_start_figure(*separators.tables, p, word_end)))
      return word_end;
    // "point 77" is a decimal where it opens a clause; after a word or a number ("at point 3",
    // "match point 2") it is a place or a thing.
    if (letters_end - p == 5 && std::string_view(p, 5) == "point") {
      const char* q = back_over_gap(begin, p);
      if (q > begin && (is_ascii_letter(q[-1]) || is_digit(q[-1]) || q[-1] == '-' || byte(q[-1]) >= 0x80))
        return word_end;
    }
    if (const char* q = sequence_ordinal(p)) return q;
    const char* next = attempt(p);
    return next ? next : word_end;
  }

  // At the first digit `d` of a number starting at p (p < d when a minus sign leads).
  const char* at_digit(const char* p, const char* d) {
    if (d > begin) {
      char prev = d[-1];
      // Glued to a word: a footnote marker or a model name ("Congress2.", "visit12", "Su-30").
      if (d == p && word_before(begin, d)) return skip_word(d, end);
      if (prev == '-' && d - 1 > begin && word_before(begin, d - 1) && !is_digit(d[-2]))
        return skip_word(d, end);
      // The tail of a version number "1.2.3", or a path "2013/10/08".
      if ((prev == '.' || prev == '/') && d - 1 > begin && is_digit(d[-2])) return skip_word(d, end);
      if (prev == '/' && d - 1 > begin && word_before(begin, d - 1)) return skip_word(d, end);
      // A footnote marker after closing punctuation: "nuclear)5.", "techniques”8.", "[s]12." (not
      // before a CJK scale or counter: '"過去最大"6兆円').
      if (d == p && !cjk_after_digits(d, end) && (prev == ')' || prev == ']' || prev == '"' ||
                     (d - begin >= 3 && d[-3] == '\xE2' && d[-2] == '\x80' &&
                      (prev == '\x9D' || prev == '\x99'))))
        return skip_word(d, end);
      // A numbered heading or list item at the start of a line: "1. Introduction", "2.1. Policy".
      if (d == p && section_number(begin, d, end)) return skip_section_number(d, end);
    }
    if (after_label(begin, p)) {
      if (const char* q = d == p ? sequence_ordinal(p) : nullptr) return q;
      return skip_word(d, end);
    }
    if (const char* q = phone_end(p, end)) return q;
    if (d == p)
      if (const char* q = clock_end(d, end)) return q;
    if (d == p && english)
      if (const char* q = am_pm_end(d, end)) return q;
    const bool in_list = d == p && d - begin >= 2 && d[-1] == ',' && is_digit(d[-2]);
    const figures::LanguageTables* tables = separators.tables;
    if (tables && d == p && tables->label_words.size() > 0 && tables->label_words.contains(word_before_gap(p)))
      return skip_word(d, end);
    const bool ordinal_dot = tables && tables->ordinal_dot_after.size() > 0 && d == p &&
                             tables->ordinal_dot_after.contains(word_before_gap(p));
    const char* next = attempt(p, in_list, ordinal_dot);
    return next ? next : skip_word(d, end);
  }
};

}  // namespace

std::vector<Figure> extract_figures(std::string_view text, const ExtractOptions& options) {
  return extract_figures(text, options, nullptr);
}

std::vector<Figure> extract_figures(std::string_view text, const ExtractOptions& options,
                                    const RepeatedLines* repeated) {
  std::vector<Figure> figures;
  figures.reserve(text.size() / 512);  // news text holds a figure every 300 bytes or so
  for_each_figure(text, options, repeated, [&figures](Figure& f) { figures.push_back(std::move(f)); });
  return figures;
}

void for_each_figure(std::string_view text, const ExtractOptions& options, const RepeatedLines* repeated,
                     const std::function<void(Figure&)>& emit) {
  Scanner scanner(text, options, repeated, emit);
  scanner.run();
  scanner.settle(true);
}

namespace {
std::uint64_t line_key(std::string_view line) {
  const std::uint64_t hash = std::hash<std::string_view>{}(line) & ~std::uint64_t{1};
  return hash == 0 ? 2 : hash;
}
}  // namespace

void RepeatedLines::insert(std::uint64_t key) {
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = (key >> 1) & mask;; i = (i + 1) & mask) {
    std::uint64_t& slot = slots_[i];
    if (slot == 0) {
      slot = key;
      ++used_;
      return;
    }
    if ((slot | 1) == (key | 1)) {
      slot |= 1;  // seen again (keys moved to a larger table are each other's strangers)
      return;
    }
  }
}

void RepeatedLines::add_text(std::string_view text) {
  for (std::size_t b = 0; b < text.size();) {
    std::size_t e = text.find('\n', b);
    if (e == std::string_view::npos) e = text.size();
    const std::string_view line = trim_line(text.substr(b, e - b));
    b = e + 1;
    if (line.size() < kShortestHead) continue;
    if ((used_ + 1) * 2 > slots_.size()) {
      std::vector<std::uint64_t> old(std::max<std::size_t>(slots_.size() * 2, 1024), 0);
      old.swap(slots_);
      used_ = 0;
      for (std::uint64_t key : old)
        if (key != 0) insert(key);
    }
    insert(line_key(line));
  }
}

bool RepeatedLines::contains(std::string_view line) const {
  if (slots_.empty()) return false;
  const std::uint64_t key = line_key(line);
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = (key >> 1) & mask;; i = (i + 1) & mask) {
    const std::uint64_t slot = slots_[i];
    if (slot == 0) return false;
    if ((slot | 1) == (key | 1)) return (slot & 1) != 0;
  }
}

std::optional<Figure> parse_figure_literal(std::string_view text, const ExtractOptions& options) {
  auto trim = [](std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
  };
  text = trim(text);
  if (text.size() >= 2 && (text.front() == '\'' || text.front() == '"') && text.back() == text.front())
    text = trim(text.substr(1, text.size() - 2));
  if (text.empty()) return std::nullopt;
  const auto separators = figures::parser::separators_for(options.language);
  const char* const begin = text.data();
  const char* const end = begin + text.size();
  const char* it = begin;
  Qualifier qualifier = Qualifier::none;
  figures::parse_qualifier_prefix(it, end, separators, qualifier);
  const char* start = it;
  figures::ast::Phrase phrase;
  if (!figures::parse_phrase(it, end, separators, phrase) || it != end) return std::nullopt;
  Span span{static_cast<std::size_t>(start - begin), text.size()};
  auto figure = figures::build_figure(phrase, span, text, options, true);
  if (!figure) return std::nullopt;
  if (qualifier != Qualifier::none) {
    if (!figures::apply_qualifier(*figure, qualifier, options.approximations)) return std::nullopt;
    figure->qualifier_text = std::string(trim(text.substr(0, span.begin)));
    figure->qualifier_span = {0, figure->qualifier_text.size()};
  }
  return figure;
}

}  // namespace crosscheck
