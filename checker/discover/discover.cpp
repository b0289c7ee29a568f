#include "discover/discover.h"

#include "base/ascii.h"
#include "discover/context_words.h"
#include "engine/compare.h"
#include "units/physical_units.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

namespace crosscheck {

namespace {

// Figures worth comparing across sources: amounts, counts (a bare number counts what its
// sentence names), shares and spans of time. Dates, years and ordinals are too loosely tied to a
// fact to be compared on their own; they date the event of their sentence instead.
bool comparable(const Figure& f) {
  switch (f.kind) {
    case FigureKind::money:
    case FigureKind::count:
    case FigureKind::number:
    case FigureKind::percent:
    case FigureKind::percentage_points:
    case FigureKind::duration:
    case FigureKind::quantity:
      return true;
    default:
      return false;
  }
}

// Figures of one class can be compared: money in any currency, counts with bare numbers (the
// counted thing is a signal, not a key), percent with percent, durations in one unit.
std::string class_of(const Figure& f) {
  switch (f.kind) {
    case FigureKind::money: return "money";
    case FigureKind::count:
    case FigureKind::number: return "count";
    case FigureKind::quantity: return "quantity:" + dimension(f);  // km and miles meet
    default: return dimension(f) + ":" + comparable_unit(f);
  }
}

// An ordinal that names a phase of a project: "phase 2", "Stage three", "the first phase".
bool names_a_phase(std::string_view text, const Figure& f) {
  auto phase_word = [](const std::string& w) { return w == "phase" || w == "stage"; };
  const std::string own = ascii_lower(f.text.substr(0, f.text.find(' ')));
  if (phase_word(own)) return true;
  std::size_t b = f.span.end;
  while (b < text.size() && text[b] == ' ') ++b;
  std::size_t e = b;
  while (e < text.size() && ((text[e] >= 'a' && text[e] <= 'z') || (text[e] >= 'A' && text[e] <= 'Z'))) ++e;
  return phase_word(ascii_lower(text.substr(b, e - b)));
}

// A count's unit when it names a thing counted; "" for a bare number, which takes the other's.
std::string counted(const Figure& f) { return f.kind == FigureKind::count ? comparable_unit(f) : ""; }

// "People" names anyone: a toll of 3,162 people and one of 3,577 deaths may count one thing, while
// deaths and injured, both people too, are told apart by their own names.
bool counts_people(const std::string& lemma) {
  static const std::set<std::string, std::less<>> roles = {
      "death", "injured", "missing", "victim", "casualty", "resident", "citizen", "worker", "employee",
      "soldier", "troop", "child", "refugee", "migrant", "passenger", "patient", "student", "tourist",
      "visitor", "protester", "voter", "man", "woman", "member", "volunteer", "prisoner", "detainee"};
  return roles.contains(lemma);
}

struct Entry {
  FigureRef ref;
  std::string cls;
  std::string counted;                   // the folded noun of a count, "" if none
  std::vector<std::string> words;        // content words of its clause, sorted, unique
  std::vector<std::string> measure;      // the words right beside it: what it measures
  Normalised own;                        // in its own unit
  std::optional<Normalised> usd;         // money, converted at its source's date
  double value = 0;                      // for screening: |value| in USD for money, else own
  double log = 0;                        // log10(value)
  double written = 0;                    // the value in its own unit: digits are compared in it
  std::optional<std::int64_t> event;     // day number of the date its sentence gives (first day)
  std::optional<std::int64_t> event_end; // last day of it
  std::optional<std::int64_t> phase;     // the place in a sequence its sentence names ("phase 2")
  std::size_t sentence = 0;              // where its sentence begins in its text
  double norm = 0;
  std::vector<std::string> names;          // name keys of its clause ("syri", "turk")
  std::vector<int> word_ids, measure_ids, name_ids;  // as indexes into the vocabulary, sorted
  double lo = 0, hi = 0;                   // its interval in its own unit, for screening
  bool one_sided = false;
};

// Shared weight of two sorted id lists (a merge: no allocation per pair).
double shared_weight(const std::vector<int>& a, const std::vector<int>& b, const std::vector<double>& weight,
                     int* count = nullptr) {
  double sum = 0;
  int n = 0;
  for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i] < b[j]) ++i;
    else if (b[j] < a[i]) ++j;
    else {
      if (weight[static_cast<std::size_t>(a[i])] > 0) ++n;
      sum += weight[static_cast<std::size_t>(a[i])];
      ++i;
      ++j;
    }
  }
  if (count) *count = n;
  return sum;
}

bool boundary_at(std::string_view text, std::size_t i) {
  const char c = text[i];
  if (c == '!' || c == '?' || c == ';') return true;
  if (c == '.' && (i + 1 >= text.size() || text[i + 1] == ' ' || text[i + 1] == '\n')) return true;
  if (c == '\n' && i + 1 < text.size() && text[i + 1] == '\n') return true;
  return text.substr(i, 3) == "\xE3\x80\x82";  // 。
}

// The sentence around a figure, at most 600 bytes either side: a text with no sentence ends is
// not read whole for each of its figures.
Span sentence_around(std::string_view text, Span figure) {
  constexpr std::size_t reach = 600;
  std::size_t b = figure.begin;
  const std::size_t low = b > reach ? b - reach : 0;
  while (b > low && !boundary_at(text, b - 1)) --b;
  std::size_t e = figure.end;
  const std::size_t high = std::min(text.size(), e + reach);
  while (e < high && !boundary_at(text, e)) ++e;
  return {b, e};
}

double to_double(const Number& n) { return n.convert_to<double>(); }

// Same leading digits, a whole power of ten apart: "4.6m" against "4,664 billion", the same digits
// read with the other separator, or a scale word slipped. The digits agree to one unit in the last
// place of the less precise (`digits` significant digits; rounded or cut). Returns the power, or 0.
int scale_slip(double a, double b, int digits) {
  if (a <= 0 || b <= 0) return 0;
  if (a > b) std::swap(a, b);
  const int k = static_cast<int>(std::round(std::log10(b / a)));
  if (k < 1 || k > 9) return 0;
  const double shifted = a * std::pow(10.0, k);
  const double unit = std::pow(10.0, std::floor(std::log10(b)) + 1 - digits);
  // A single digit must be the other figure's digits exactly ("5 tons", "5 million tonnes"): one
  // unit either way, or a rounding, is nearly any leading digit ("two" against "sixteen").
  const double within = digits == 1 ? unit * 1e-6 : unit;
  return std::abs(b - shifted) <= within * (1 + 1e-9) ? k : 0;
}

// Nominal values 100, 1000, 10⁵ or 10⁷ times apart (within 5%): the slips of scale words (hundred
// million, thousand, lakh, crore); a bound between them states a slip, not a bound.
bool bound_hides_slip(double a, double b) {
  const double ratio = std::max(a, b) / std::min(a, b);
  for (double p : {1e2, 1e3, 1e5, 1e7})
    if (std::abs(ratio / p - 1) <= 0.05) return true;
  return false;
}

// How close two values are, 1 for equal, falling to 0 at half again as much.
double closeness(double a, double b) {
  if (a <= 0 || b <= 0) return 0;
  const double r = std::max(a, b) / std::min(a, b);
  return std::max(0.0, 1.0 - std::log(r) / std::log(1.5));
}

// Significant digits of a value, trailing zeros not counted: 20,000 → 1, 4.664 billion → 4.
int significant_digits(double v) {
  for (int digits = 1; digits < 15; ++digits) {
    const double scale = std::pow(10.0, digits - 1 - std::floor(std::log10(v)));
    if (std::abs(std::round(v * scale) - v * scale) < 1e-6 * v * scale) return digits;
  }
  return 15;
}

// "thousands", "tens of thousands", "a few hundred": a span too wide to disagree with anything.
bool vague(const Figure& f) {
  if (f.qualifier != Qualifier::none) return false;
  if (is_infinite(f.interval.high)) return true;  // "hundreds of thousands": a floor, no value
  return f.interval.low <= 0 || f.interval.high > f.interval.low * Number(3) / 2;
}

// What a scale slip adds: little when its digits could agree by chance; less across currencies,
// where a rate blurs the digits; most when many digits agree in one unit.
double slip_weight(bool telling, bool same_unit, int digits) {
  if (!telling) return 0.1;
  if (!same_unit) return 0.45;
  return digits >= 4 ? 0.7 : 0.6;
}

// A date or year that dates an event its sentence tells ("signed on 3 March", "done by 2050"),
// not a text's own date: neither the day it was published nor a line that is little more than a
// date (a dateline, a byline's "Updated 10 February 2023").
bool event_date(const Figure& f, std::string_view text, const std::optional<Date>& published) {
  if (f.kind != FigureKind::date && f.kind != FigureKind::date_range && f.kind != FigureKind::year) return false;
  if (f.kind == FigureKind::date && f.date && published && *f.date == *published) return false;
  const std::size_t before = text.rfind('\n', f.span.begin);
  const std::size_t from = before == std::string_view::npos ? 0 : before + 1;
  const std::size_t to = std::min(text.find('\n', f.span.end), text.size());
  int words = 0;
  bool in_word = false;
  for (std::size_t k = from; k < to && words < 6; ++k) {
    if (k == f.span.begin) k = f.span.end;  // the date's own words do not count
    if (k >= to) break;
    const bool space = text[k] == ' ' || text[k] == '\t';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words >= 6;
}

// The length of the line around a span, looked for at most 600 bytes either side: a headline is
// short, a paragraph long.
std::size_t line_length(std::string_view text, Span span) {
  std::size_t from = span.begin, to = span.end;
  const std::size_t floor = span.begin > 600 ? span.begin - 600 : 0;
  const std::size_t ceiling = std::min(text.size(), span.end + 600);
  while (from > floor && text[from - 1] != '\n') --from;
  while (to < ceiling && text[to] != '\n') ++to;
  return to - from;
}

// Each figure is paired with at most this many of the next figures in value order: a story's
// figures of one fact are far fewer (copies of a passage count once), and text made of numbers
// alone would otherwise give pairs by the square of its figures.
constexpr std::size_t max_neighbours = 64;

constexpr double near_window = 0.18;  // log10(1.5): values further apart are not near misses

}  // namespace

std::optional<Date> date_in_name(std::string_view path) {
  const std::size_t slash = path.find_last_of("/\\");
  const std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  auto digit = [&](std::size_t k) { return k < name.size() && name[k] >= '0' && name[k] <= '9'; };
  for (std::size_t i = 0; i + 7 <= name.size(); ++i) {
    if ((i > 0 && digit(i - 1)) || !digit(i) || !digit(i + 3) || name[i + 4] != '-' || !digit(i + 6))
      continue;
    // "2015-09-15" when a day follows, else "2015-09"; parse_iso_date checks the month and day.
    const bool day = i + 10 <= name.size() && name[i + 7] == '-' && digit(i + 9) && !digit(i + 10);
    if (digit(i + 7)) continue;
    if (auto date = parse_iso_date(name.substr(i, day ? 10 : 7)); date && date->year >= 1900) return date;
  }
  return std::nullopt;
}

std::optional<Date> newest_date(const DiscoverSource& source) {
  std::optional<Date> newest;
  for (const Figure& f : source.figures) {
    const std::optional<Date>& d = f.kind == FigureKind::date_range ? f.date_end : f.date;
    if ((f.kind == FigureKind::date || f.kind == FigureKind::date_range) && d && d->complete() && d->year != 0 &&
        (!newest || *newest < *d))
      newest = d;
  }
  if (!newest && source.published) newest = first_day(*source.published);
  return newest;
}

Span sentence_of(std::string_view text, Span figure) { return sentence_around(text, figure); }

namespace {

// Discover's pairing. With a `draft`, only pairs of a draft figure and a figure of another source
// are looked at, agreeing ones kept too, with no limit; `compared` gets the draft figures compared.
std::vector<Conflict> pair_figures(const std::vector<DiscoverSource>& sources, const Normaliser& normaliser,
                                   const DiscoverOptions& options, std::optional<std::size_t> draft,
                                   std::vector<std::size_t>* compared) {
  std::vector<std::optional<Date>> written(sources.size());
  for (std::size_t s = 0; s < sources.size(); ++s) written[s] = newest_date(sources[s]);
  auto own_date = [&](std::size_t s) { return options.as_of ? *options.as_of : written[s] ? *written[s] : options.fallback; };

  std::vector<Entry> entries;
  for (std::size_t s = 0; s < sources.size(); ++s) {
    const std::string_view text = sources[s].file->plain();
    const std::vector<Figure>& figures = sources[s].figures;
    const std::size_t first_entry = entries.size();
    // Dates and years in reading order, to date the sentence of each figure.
    std::vector<std::size_t> dated;
    for (std::size_t i = 0; i < figures.size(); ++i) {
      const Figure& f = figures[i];
      if ((f.kind == FigureKind::date || f.kind == FigureKind::date_range || f.kind == FigureKind::year)) dated.push_back(i);
    }
    // Places in a sequence ("phase 2", "the first phase", "Stage three"), in reading order.
    std::vector<std::size_t> sequenced;
    for (std::size_t i = 0; i < figures.size(); ++i)
      if (figures[i].kind == FigureKind::ordinal && names_a_phase(text, figures[i])) sequenced.push_back(i);
    for (std::size_t i = 0; i < figures.size(); ++i) {
      const Figure& f = figures[i];
      // Event dates are compared as whole days.
      if (event_date(f, text, sources[s].published)) {
        std::string problem;
        auto days = normaliser.to_unit(f, "date", std::nullopt, problem);
        if (!days || days->interval.low <= 0 || !days->interval.bounded()) continue;
        Entry e;
        e.ref = {s, i};
        e.cls = "date";
        e.words = context_words(text, f.span);
        e.measure = context_words(text, f.span, 2);
        e.names = name_keys(text, f.span);
        std::ranges::sort(e.words);
        e.words.erase(std::unique(e.words.begin(), e.words.end()), e.words.end());
        std::ranges::sort(e.measure);
        e.measure.erase(std::unique(e.measure.begin(), e.measure.end()), e.measure.end());
        e.own = *days;
        e.own.one_sided = false;  // "by 2050" is the days of 2050 at its written precision
        e.lo = to_double(days->interval.low);
        e.hi = to_double(days->interval.high);
        e.value = e.written = e.lo;
        e.log = std::log10(e.value);
        e.sentence = sentence_around(text, f.span).begin;
        if (draft && s == *draft && compared) compared->push_back(i);
        entries.push_back(std::move(e));
        continue;
      }
      if (!comparable(f) || f.value <= 0 || vague(f)) continue;
      Entry e;
      e.ref = {s, i};
      e.cls = class_of(f);
      e.counted = counted(f);
      e.words = context_words(text, f.span);
      e.measure = context_words(text, f.span, 2);
      e.names = name_keys(text, f.span);
      if (!e.counted.empty()) {
        e.words.push_back(e.counted);  // the counted thing is context too
        e.measure.push_back(e.counted);
      }
      std::ranges::sort(e.words);
      e.words.erase(std::unique(e.words.begin(), e.words.end()), e.words.end());
      std::ranges::sort(e.measure);
      e.measure.erase(std::unique(e.measure.begin(), e.measure.end()), e.measure.end());
      std::string problem;
      e.own = *normaliser.to_unit(f, comparable_unit(f), std::nullopt, problem);
      e.value = e.written = to_double(f.value);
      // A lone small integer with nothing counted (a list's "3", "one of them") states no fact.
      if (f.kind == FigureKind::number && e.value < 10 && e.value == std::floor(e.value)) continue;
      // In Japanese and Chinese a number is written with its counter ("23日", "5人"); a bare number
      // followed by an ideograph or kana has a counter the figure reader did not take (a day, a
      // list mark), so what it counts is unknown.
      if (f.kind == FigureKind::number && f.span.end + 3 <= text.size()) {
        const auto c0 = static_cast<unsigned char>(text[f.span.end]);
        const auto c1 = static_cast<unsigned char>(text[f.span.end + 1]);
        if ((c0 == 0xE3 && c1 >= 0x81) || (c0 >= 0xE4 && c0 <= 0xE9)) continue;  // U+3040..U+9FFF
        if (text.substr(f.span.end, 2) == "\xE3\x83" || text.substr(f.span.end, 3) == "\xE3\x83\xBB") continue;  // ・
      }
      if (f.kind == FigureKind::quantity) {
        // Quantities in different units are screened in their dimension's common unit.
        const std::string common(common_unit(dimension_of(f.unit)));
        if (auto in_common = normaliser.to_unit(f, common, std::nullopt, problem))
          e.value = to_double(in_common->value);
      }
      if (f.kind == FigureKind::money) {
        e.usd = normaliser.to_unit(f, normaliser.currency(), own_date(s), problem);
        if (e.usd) e.value = to_double(e.usd->value);
        else e.cls = "money:" + f.unit;  // no rate: compared within its currency only
      }
      if (e.value <= 0 || !std::isfinite(e.value)) continue;
      e.log = std::log10(e.value);
      e.lo = to_double(f.interval.low);
      e.hi = is_infinite(f.interval.high) ? HUGE_VAL : to_double(f.interval.high);
      e.one_sided = e.own.one_sided;
      // The event's date: the date or year its sentence gives.
      const Span sentence = sentence_around(text, f.span);
      e.sentence = sentence.begin;
      // A bare number that ends its clause ("the number of people killed ... is nearing 20,000.")
      // measures what its sentence opens with: the words of its subject.
      if (f.kind == FigureKind::number && sentence.begin < f.span.begin) {
        std::size_t k = f.span.end;
        while (k < text.size() && text[k] == ' ') ++k;
        if (k >= text.size() || text[k] == '.' || text[k] == ',' || text[k] == ';' || text[k] == '\n') {
          std::vector<std::string> subject = context_words(text, {sentence.begin, sentence.begin}, 5);
          std::vector<std::string> both;
          std::ranges::sort(subject);
          std::ranges::set_union(e.measure, subject, std::back_inserter(both));
          e.measure = std::move(both);
        }
      }
      // The dates of the sentence, found by binary search: figures come in reading order.
      auto from = std::ranges::lower_bound(dated, sentence.begin, {}, [&](std::size_t d) { return figures[d].span.begin; });
      for (auto it = from; it != dated.end() && figures[*it].span.begin < sentence.end; ++it) {
        const Figure& g = figures[*it];
        std::int64_t first = 0, last = 0;
        if (g.kind == FigureKind::year) {
          const int year = g.value.convert_to<int>();
          first = day_number(year, 1, 1);
          last = day_number(year, 12, 31);
        } else if (g.date && g.date->year != 0) {
          first = day_number(first_day(*g.date));
          const Date end = g.kind == FigureKind::date_range && g.date_end ? *g.date_end : *g.date;
          last = end.complete() ? day_number(end) : day_number(end.year, end.month ? end.month : 12,
                                                               days_in_month(end.year, end.month ? end.month : 12));
        } else {
          continue;
        }
        e.event = e.event ? std::min(*e.event, first) : first;
        e.event_end = e.event_end ? std::max(*e.event_end, last) : last;
      }
      // Figures of two phases of one project state different things, however alike their words.
      auto at = std::ranges::lower_bound(sequenced, sentence.begin, {}, [&](std::size_t d) { return figures[d].span.begin; });
      for (; at != sequenced.end() && figures[*at].span.begin < sentence.end; ++at) {
        const std::int64_t place = figures[*at].value.convert_to<std::int64_t>();
        if (e.phase && *e.phase != place) {  // "phase 1 and phase 2": no one phase
          e.phase.reset();
          break;
        }
        e.phase = place;
      }
      if (draft && s == *draft && compared) compared->push_back(i);
      entries.push_back(std::move(e));
    }
    // A text that states one figure twice (a headline and its body) states one fact: its
    // occurrences become one entry with the words of all, at the occurrence that says most (what
    // it counts, else the longest line: the body, which says it in full). A draft's figures each keep their own verdict.
    if (draft && s == *draft) continue;
    // A count is one fact with the bare number of its value ("the toll had reached 3,577" and
    // "3,577 deaths"); counts of two named things ("5 ships", "5 planes") stay apart.
    std::map<std::tuple<std::string, std::string, double, double, bool>, std::vector<std::size_t>> stated;
    std::vector<Entry> kept;
    for (std::size_t k = first_entry; k < entries.size(); ++k) {
      Entry& e = entries[k];
      const Figure& f = figures[e.ref.figure];
      const bool count = e.cls == "count";
      auto& same = stated[{e.cls, count ? std::string() : f.unit, e.lo, e.hi, e.one_sided}];
      auto found = std::ranges::find_if(same, [&](std::size_t j) {
        return !count || e.counted.empty() || kept[j].counted.empty() || kept[j].counted == e.counted;
      });
      if (found == same.end()) {
        same.push_back(kept.size());
        kept.push_back(std::move(e));
        continue;
      }
      Entry& into = kept[*found];
      auto merge = [](std::vector<std::string>& a, const std::vector<std::string>& b) {
        std::vector<std::string> both;
        std::ranges::set_union(a, b, std::back_inserter(both));
        a = std::move(both);
      };
      merge(into.words, e.words);
      merge(into.measure, e.measure);
      merge(into.names, e.names);
      if (!into.event) {
        into.event = e.event;
        into.event_end = e.event_end;
      }
      // The passage shown is the one that says what the figure counts ("3,577 deaths" over "the
      // toll had reached 3,577"), else the longest line.
      const bool says_more = e.counted.empty() != into.counted.empty()
                                 ? !e.counted.empty()
                                 : line_length(text, f.span) > line_length(text, figures[into.ref.figure].span);
      if (says_more) {
        into.ref = e.ref;
        into.counted = e.counted;
        into.sentence = e.sentence;
      }
    }
    entries.erase(entries.begin() + static_cast<std::ptrdiff_t>(first_entry), entries.end());
    for (Entry& e : kept) entries.push_back(std::move(e));
  }

  // Words weigh by how rare they are among the figures' contexts (inverse document frequency);
  // a word around very many figures ("government") tells little and weighs nothing.
  std::unordered_map<std::string, std::size_t> frequency;
  for (const Entry& e : entries) {
    for (const std::string& w : e.words) ++frequency[w];
    for (const std::string& w : e.names) ++frequency["\x01" + w];  // names apart from words
  }
  const double n = static_cast<double>(entries.size());
  const std::size_t common = std::clamp<std::size_t>(entries.size() / 8, 24, 256);
  // A word around half the figures or more says nothing.
  auto weight = [&](const std::string& w) {
    auto it = frequency.find(w);
    const std::size_t k = it == frequency.end() ? 1 : it->second;
    return 2 * k > entries.size() ? 0.0 : std::log(1.0 + n / static_cast<double>(k));
  };
  auto frequent = [&](const std::string& w) {
    auto it = frequency.find(w);
    return it != frequency.end() && it->second > common;
  };
  // Words as ids, weighed once: pairs compare integers.
  std::unordered_map<std::string, int> vocabulary;
  std::vector<double> weight_of;
  auto id_of = [&](const std::string& w) {
    auto [it, fresh] = vocabulary.try_emplace(w, static_cast<int>(weight_of.size()));
    if (fresh) weight_of.push_back(weight(w));
    return it->second;
  };
  for (Entry& e : entries) {
    double sum = 0;
    for (const std::string& w : e.words) {
      sum += weight(w);
      e.word_ids.push_back(id_of(w));
    }
    for (const std::string& w : e.measure) e.measure_ids.push_back(id_of(w));
    for (const std::string& w : e.names) e.name_ids.push_back(id_of("\x01" + w));
    std::ranges::sort(e.name_ids);
    std::ranges::sort(e.word_ids);
    std::ranges::sort(e.measure_ids);
    e.norm = std::sqrt(sum);
  }

  // Candidate pairs by blocking on the values: per class, sorted by magnitude, a pair is looked at
  // when its values are near (a near miss or an update) or the same digits a whole power of ten
  // apart (a scale slip). Pairs far apart in value and not a slip are never looked at.
  // A passage copied into many texts (wire copy) gives the same figure in the same words each
  // time: its copies are looked at once, through the first, which keeps the work linear in the
  // distinct passages and the list free of one conflict repeated.
  std::vector<std::vector<std::size_t>> copies(entries.size());
  std::vector<bool> is_copy(entries.size(), false);
  // A draft's copy of a source's passage is its best support: with a draft, copies are paired too.
  if (!draft) {
    std::map<std::tuple<std::string, std::string, double, double, bool, std::vector<int>>, std::size_t> first;
    for (std::size_t k = 0; k < entries.size(); ++k) {
      const Entry& e = entries[k];
      const Figure& f = sources[e.ref.source].figures[e.ref.figure];
      auto [it, fresh] = first.try_emplace({e.cls, f.unit, e.lo, e.hi, e.one_sided, e.word_ids}, k);
      if (!fresh) {
        is_copy[k] = true;
        copies[it->second].push_back(k);
      }
    }
  }
  std::map<std::string, std::vector<std::size_t>> by_class;
  for (std::size_t k = 0; k < entries.size(); ++k)
    if (!is_copy[k]) by_class[entries[k].cls].push_back(k);
  std::vector<std::pair<std::size_t, std::size_t>> candidates;
  auto add = [&](std::size_t x, std::size_t y) {
    // With a draft, pairs of two sources are looked at too: a source that restates a draft's
    // figure passes on the conflicts it has with the others.
    if (draft && entries[x].ref.source == *draft && entries[y].ref.source == *draft) return;
    if (entries[x].ref.source == entries[y].ref.source) {  // a copy of one in another text stands in
      auto other = std::ranges::find_if(copies[y], [&](std::size_t k) { return entries[k].ref.source != entries[x].ref.source; });
      if (other == copies[y].end()) return;
      y = *other;
    }
    candidates.emplace_back(std::min(x, y), std::max(x, y));
  };
  for (auto& [cls, list] : by_class) {
    std::ranges::sort(list, [&](std::size_t x, std::size_t y) { return entries[x].log < entries[y].log; });
    for (std::size_t x = 0; x < list.size(); ++x)
      for (std::size_t y = x + 1; y < list.size() && y <= x + max_neighbours &&
                                  entries[list[y]].log - entries[list[x]].log <= near_window; ++y)
        add(list[x], list[y]);
  }
  // The same digits a power of ten apart: in the unit they are written in (a currency's own: a
  // rate would blur the digits), and money also across currencies, converted (286 million yen
  // against $239 million). The fractional part of log10 is the leading digits.
  std::map<std::string, std::vector<std::size_t>> by_unit;
  for (std::size_t k = 0; k < entries.size(); ++k) {
    if (is_copy[k] || entries[k].cls == "date") continue;
    const Figure& f = sources[entries[k].ref.source].figures[entries[k].ref.figure];
    by_unit[f.kind == FigureKind::money ? "money:" + f.unit : entries[k].cls].push_back(k);
    if (f.kind == FigureKind::money && entries[k].usd) by_unit["\n" + entries[k].cls].push_back(k);
  }
  for (auto& [unit, by_digits] : by_unit) {
    const bool converted = unit.starts_with('\n');
    auto of = [&](std::size_t k) { return converted ? entries[k].value : entries[k].written; };
    auto frac = [&](std::size_t k) {
      const double l = std::log10(of(k));
      return l - std::floor(l);
    };
    std::ranges::sort(by_digits, [&](std::size_t x, std::size_t y) { return frac(x) < frac(y); });
    for (std::size_t x = 0; x < by_digits.size(); ++x)
      for (std::size_t y = x + 1; y < by_digits.size() && y <= x + max_neighbours &&
                                  frac(by_digits[y]) - frac(by_digits[x]) <= 0.01; ++y)
        if (const int digits = std::min(significant_digits(entries[by_digits[x]].written),
                                        significant_digits(entries[by_digits[y]].written));
            digits >= 2 && scale_slip(of(by_digits[x]), of(by_digits[y]), digits))
          add(by_digits[x], by_digits[y]);
  }

  // And counts far apart in value that measure one rare thing ("two patrol ships" against "six
  // patrol boats"): blocked on the words right beside them, each list bounded by `common`.
  std::unordered_map<std::string, std::vector<std::size_t>> measured;
  for (std::size_t k = 0; k < entries.size(); ++k)
    for (const std::string& w : entries[k].measure)
      if (!is_copy[k] && !frequent(w) && (!entries[k].counted.empty() || entries[k].cls.starts_with("quantity:")))
        measured[entries[k].cls + '\n' + w].push_back(k);
  for (const auto& [key, list] : measured)
    for (std::size_t x = 0; x < list.size(); ++x)
      for (std::size_t y = x + 1; y < list.size(); ++y)
        if (std::abs(entries[list[x]].log - entries[list[y]].log) > near_window) add(list[x], list[y]);
  std::ranges::sort(candidates);
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());

  auto conversion_date = [&](std::size_t sa, std::size_t sb) {
    if (options.as_of) return *options.as_of;
    const std::optional<Date>& a = written[sa];
    const std::optional<Date>& b = written[sb];
    if (a && b) return *a < *b ? *b : *a;
    return a ? *a : b ? *b : options.fallback;
  };
  // A figure's parenthetical partner ("336.63 trillion VND (14.5 billion USD)"), as an entry.
  std::map<std::pair<std::size_t, std::size_t>, std::size_t> entry_of;
  for (std::size_t k = 0; k < entries.size(); ++k) entry_of[{entries[k].ref.source, entries[k].ref.figure}] = k;
  auto partner = [&](const Entry& e) -> const Entry* {
    const Figure& f = sources[e.ref.source].figures[e.ref.figure];
    if (!f.pair) return nullptr;
    auto it = entry_of.find({e.ref.source, *f.pair});
    return it == entry_of.end() ? nullptr : &entries[it->second];
  };
  const Tolerance exact{Tolerance::Kind::exact, 0, {}};
  const double screen = to_double(options.tolerance.kind == Tolerance::Kind::relative ? options.tolerance.amount : Number(0));
  // Two figures' conversions agree when they state one amount: in one unit, intervals that
  // overlap (86 billion euros two days apart is one amount, whatever the rate did); across units,
  // converted values within the tolerance.
  auto partners_agree = [&](const Entry* pa, const Entry* pb) {
    if (!pa || !pb || pa->cls != pb->cls) return false;
    const Figure& fa = sources[pa->ref.source].figures[pa->ref.figure];
    const Figure& fb = sources[pb->ref.source].figures[pb->ref.figure];
    if (fa.unit == fb.unit) return std::max(pa->lo, pb->lo) <= std::min(pa->hi, pb->hi);
    return std::abs(pa->value - pb->value) <= screen * std::max(pa->value, pb->value);
  };

  // The figures of each sentence that can anchor it: a value with a named thing or two digits or
  // more, stated as a value (no bound, no date), which another text's sentence giving the same
  // is unlikely to give by chance. A sentence of very many figures is a table: it anchors nothing.
  constexpr std::size_t max_anchors = 12;
  std::map<std::pair<std::size_t, std::size_t>, std::vector<std::size_t>> anchors;
  for (std::size_t k = 0; k < entries.size(); ++k) {
    const Entry& e = entries[k];
    if (e.cls != "date" && !e.one_sided && (!e.counted.empty() || significant_digits(e.written) >= 2))
      anchors[{e.ref.source, e.sentence}].push_back(k);
  }
  for (auto& [at, list] : anchors)
    if (list.size() > max_anchors) list.clear();
  // The figures of each sentence: one that gives several of a kind ("454 for, 113 against, 18
  // abstaining") anchors none of them to another text's.
  std::map<std::pair<std::size_t, std::size_t>, std::vector<std::size_t>> in_sentence;
  for (std::size_t k = 0; k < entries.size(); ++k) in_sentence[{entries[k].ref.source, entries[k].sentence}].push_back(k);
  // Each entry's two lists, looked up once (a pair is tried for anchors many times).
  static const std::vector<std::size_t> none;
  std::vector<const std::vector<std::size_t>*> anchors_of(entries.size(), &none), sentence_of(entries.size(), &none);
  for (std::size_t k = 0; k < entries.size(); ++k) {
    const std::pair<std::size_t, std::size_t> at{entries[k].ref.source, entries[k].sentence};
    if (auto it = anchors.find(at); it != anchors.end()) anchors_of[k] = &it->second;
    sentence_of[k] = &in_sentence[at];
  }
  // Two sentences state one figure alike: the same value (within the tolerance) of one class, in
  // one unit, of one named thing when both name it ("100 million passengers" in both). Their
  // other figures then likely speak of one event, across languages too.
  // `close`: their values are near, which tells which figure of a crowded sentence is the other's.
  auto anchored = [&](const Entry& a, const Entry& b, bool close) -> std::optional<std::pair<std::size_t, std::size_t>> {
    auto alone = [&](const Entry& e, const Entry& anchor) {
      const std::vector<std::size_t>& list = *sentence_of[static_cast<std::size_t>(&e - entries.data())];
      if (list.size() > 2 * max_anchors) return false;
      return std::ranges::none_of(list, [&](std::size_t k) {
        const Entry& o = entries[k];
        return &o != &e && &o != &anchor && o.cls == e.cls &&
               (o.counted.empty() || e.counted.empty() || o.counted == e.counted);
      });
    };
    const std::vector<std::size_t>& la = *anchors_of[static_cast<std::size_t>(&a - entries.data())];
    const std::vector<std::size_t>& lb = *anchors_of[static_cast<std::size_t>(&b - entries.data())];
    if (la.empty() || lb.empty()) return std::nullopt;
    const Entry* own_a = partner(a);
    const Entry* own_b = partner(b);
    for (std::size_t x : la)
      for (std::size_t y : lb) {
        const Entry& p = entries[x];
        const Entry& q = entries[y];
        // A figure's own conversion ("114.38 trillion yen ($865 billion)") is no other figure,
        // unless both are conversions (two amounts converted from one).
        if (&p == &a || &q == &b || &p == &b || &q == &a || p.cls != q.cls || (own_a == &p) != (own_b == &q))
          continue;
        if (sources[p.ref.source].figures[p.ref.figure].unit != sources[q.ref.source].figures[q.ref.figure].unit &&
            p.cls != "count")
          continue;
        if (!p.counted.empty() && !q.counted.empty() && p.counted != q.counted) continue;
        if (std::abs(p.written - q.written) <= screen * std::max(p.written, q.written) && (close || (alone(a, p) && alone(b, q))))
          return std::pair(x, y);
      }
    return std::nullopt;
  };

  // First every candidate is scored in doubles, with nothing allocated; only the pairs that rank
  // are then compared exactly and explained.
  struct Scored {
    double score;
    std::size_t a, b;  // entries; a's source first
    bool alike = false;     // their values agree
    bool restates = false;  // one states the other's value (see below)
    bool link = false;      // with a draft: a pair of two sources
    std::optional<std::size_t> via;  // with a draft: the source figure that restates the draft's
  };
  std::vector<Scored> scored;
  // The best score of a pair whose values agree, by one figure (an entry) and the other's source.
  std::map<std::pair<std::size_t, std::size_t>, double> agreed;
  for (auto [x, y] : candidates) {
    const Entry* a = &entries[x];
    const Entry* b = &entries[y];
    if (b->ref.source < a->ref.source) std::swap(a, b);
    // A pair of two sources, with a draft: scored as discover scores it, kept only to pass its
    // conflict on to a draft figure one of them restates.
    const bool link = draft && a->ref.source != *draft && b->ref.source != *draft;
    const bool with_draft = draft && !link;
    // Counts of differently named things ("deaths", "people", "personnes") may count one thing: the
    // name is a signal, not a key, and such a pair needs words or a value relation to be listed.
    const bool named_apart = !a->counted.empty() && !b->counted.empty() && a->counted != b->counted &&
                             !(a->counted == "people" && counts_people(b->counted)) &&
                             !(b->counted == "people" && counts_people(a->counted));
    // Figures of events far apart state different facts (two loans a year apart).
    if (a->event && b->event && (*a->event_end < *b->event - 31 || *b->event_end < *a->event - 31)) continue;
    if (a->phase && b->phase && *a->phase != *b->phase) continue;
    // A count whose sentence dates it more than a year before the other text was written (the 1999
    // quake's 17,000 dead) is of a past event; the other's undated count is of its own time. (Money
    // is often given at a past year's prices: its year dates no event.)
    auto past = [&](const Entry* x, const Entry* y) {
      const std::optional<Date>& when = sources[y->ref.source].published;
      return x->cls == "count" && x->event && !y->event && when && *x->event_end < day_number(first_day(*when)) - 365;
    };
    if (past(a, b) || past(b, a)) continue;
    const DiscoverSource& sa = sources[a->ref.source];
    const DiscoverSource& sb = sources[b->ref.source];
    const Figure& fa = sa.figures[a->ref.figure];
    const Figure& fb = sb.figures[b->ref.figure];
    const bool same_unit = (fa.kind != FigureKind::money && fa.kind != FigureKind::quantity) || fa.unit == fb.unit;
    const bool dates = a->cls == "date";
    // A one-sided word never hides a power-of-ten slip (SPEC §5): "over VND109.111 billion" holds
    // 109.11 trillion, but no text states a bound a thousand times off its figure.
    const bool bound_slip = !dates && (a->one_sided || b->one_sided) && bound_hides_slip(a->written, b->written);
    // Screening for agreement: intervals that overlap (a bound within the tolerance) agree. Such
    // pairs are scored too: a draft's support its figure, and any tell what a text restates.
    bool alike = false;
    if (same_unit) {
      const double gap = std::max(a->lo, b->lo) - std::min(a->hi, b->hi);
      alike = !bound_slip &&
              (gap <= 0 || ((a->one_sided || b->one_sided) && gap <= screen * std::max(a->written, b->written)));
    } else {
      alike = std::abs(a->value - b->value) <= screen * std::max(a->value, b->value);
    }
    int measure = 0;
    shared_weight(a->measure_ids, b->measure_ids, weight_of, &measure);
    const double sum = shared_weight(a->word_ids, b->word_ids, weight_of);
    const double words = a->norm > 0 && b->norm > 0 ? sum / (a->norm * b->norm) : 0;
    // One leading digit a power of ten apart ("two" and "20,000") is a coincidence, not a slip,
    // unless both are quantities of one thing ("5 tons of cargo", "5 million tonnes of cargo");
    // digits that agree to three places are none, nor in money two (4.6 million against 4.664
    // billion).
    const double wa = same_unit ? a->written : a->value, wb = same_unit ? b->written : b->value;
    const int digits = std::min(significant_digits(a->written), significant_digits(b->written));
    const bool measured = measure > 0 && a->cls.starts_with("quantity:");
    const int slip = dates ? 0 : digits >= 2 || measured ? scale_slip(wa, wb, std::max(digits, 1)) : 0;
    // Day numbers are all near one another: dates pair on their words alone.
    const double near = dates ? 0 : closeness(a->value, b->value);
    // Money slips are telling from two digits; counts, ubiquitous, from four; quantities when
    // both measure one thing.
    const bool telling_slip = slip && (digits >= 4 || a->cls.starts_with("money") || measured);
    const Entry* pa = partner(*a);
    const Entry* pb = partner(*b);
    const bool converted = partners_agree(pa, pb);
    // A conversion of an approximate figure is approximate too: when the figure it converts agrees
    // with the other ("about £33 million ($39.9 million)" against "£32m"), so does it. (An exact
    // figure's conversion stands on its own: a conversion another text contradicts is a conflict.)
    auto approximate = [&](const Entry* e) {
      return sources[e->ref.source].figures[e->ref.figure].qualifier != Qualifier::none;
    };
    if (!with_draft && ((pa && approximate(pa) && pa->cls == b->cls && partners_agree(pa, b)) ||
                   (pb && approximate(pb) && pb->cls == a->cls && partners_agree(a, pb))))
      continue;
    // One confidence: signals add as independent evidence. Within one language, shared words must
    // say the figures speak of one thing; across languages the values, names and codes carry it.
    // A sentence may date several events ("priced in 2014; work began in 2021"): across
    // languages, where no word tells which, a shared figure does not pair its dates.
    const bool anchor = (!dates || sa.language == sb.language) && anchored(*a, *b, near >= 0.5).has_value();
    double evidence = (1 - words) * (measure ? 0.75 : 1) * (anchor ? 0.5 : 1);
    evidence *= 1 - (slip ? slip_weight(telling_slip, same_unit, digits) : 0.5 * near);
    if (converted) evidence *= 0.4;
    if (a->event && b->event) evidence *= 0.9;
    // Names (their first letters, without accents) carry a pair across languages, with a value
    // that is near.
    int names = 0;
    if (sa.language != sb.language) shared_weight(a->name_ids, b->name_ids, weight_of, &names);
    const double name_weight = std::min(0.45, 0.15 * names);
    const double score_names = names && near > 0 ? name_weight : 0;
    evidence *= 1 - score_names;
    const bool worded = words >= 0.12 || measure > 0 || score_names > 0 || anchor;
    // Values far apart with no slip between them are seldom one fact told twice: the words
    // alone must be strong.
    // A conversion in brackets ranks just below the figure it converts, which the text states
    // first: the conflict is listed once, on the figure as written.
    const bool conversion_a = pa && pa->ref.figure < a->ref.figure, conversion_b = pb && pb->ref.figure < b->ref.figure;
    // Dates, all near in day numbers, have no value relation to add and are not marked down.
    const double score = (1 - evidence) * (slip || near > 0 || dates ? 1.0 : 0.75) * (conversion_a || conversion_b ? 0.97 : 1.0);
    // One value within the tolerance: as written in one unit (money in one currency is not
    // blurred by the rates of two texts' dates), converted across units.
    const bool same_value = same_unit ? std::abs(a->written - b->written) <= screen * std::max(a->written, b->written)
                                      : std::abs(a->value - b->value) <= screen * std::max(a->value, b->value);
    // The same value to three digits or more in two texts is a restatement however few words the
    // two share (its words may be another script's).
    const bool same_digits = alike && !dates && digits >= 3 && !a->one_sided && !b->one_sided && same_value;
    const bool structural = telling_slip || converted || same_digits;
    // A shared figure of the sentence does not make two things named in one language one (names
    // in two languages never match).
    const bool anchor_only = anchor && words < 0.12 && measure == 0 && score_names == 0;
    if (named_apart && (!worded || (anchor_only && sa.language == sb.language)) && !telling_slip) continue;
    if (sa.language == sb.language && !worded && !structural) continue;
    if (sa.language != sb.language && !worded && !structural && near < 0.9) continue;
    if (score < options.min_score) continue;
    const std::size_t ia = static_cast<std::size_t>(a - entries.data()), ib = static_cast<std::size_t>(b - entries.data());
    // A restatement gives the same value within the tolerance, as a value: a bound ("more than
    // 16,000") or an approximation ("some 16,170", "knapp 3,4 Milliarden") agrees with other values
    // too, and counts of two named things ("one runway", "one terminal") are two facts.
    const bool restates = alike && !a->one_sided && !b->one_sided && !named_apart && same_value && fa.qualifier == Qualifier::none && fb.qualifier == Qualifier::none;
    if (restates) {
      // Each figure's value is stated by the other text, and by its copies' texts.
      auto note = [&](std::size_t e, std::size_t other) {
        double& best = agreed[{e, entries[other].ref.source}];
        best = std::max(best, score);
        for (std::size_t c : copies[other]) {
          double& more = agreed[{e, entries[c].ref.source}];
          more = std::max(more, score);
        }
      };
      note(ia, ib);
      note(ib, ia);
    }
    if (alike && !with_draft) continue;  // a draft's agreeing pairs support its figure
    scored.push_back({score, ia, ib, alike, restates, link, std::nullopt});
  }
  // A copy of a passage in another text restates its figure in the very same words.
  for (std::size_t k = 0; k < entries.size(); ++k) {
    const Figure& f = sources[entries[k].ref.source].figures[entries[k].ref.figure];
    if (entries[k].one_sided || f.qualifier != Qualifier::none) continue;
    for (std::size_t c : copies[k]) agreed[{k, entries[c].ref.source}] = 1;
  }
  // A text that states a figure's value itself, in words at least as alike as those of its
  // figure that disagrees, tells that figure of another fact ("25 million passengers" in its
  // first phase and "100 million" when finished, against another text's "25 million"): the pair
  // is two facts, not one told twice.
  auto stated_alike = [&](const Scored& c) {
    auto by = [&](std::size_t e, std::size_t other) {
      auto it = agreed.find({e, entries[other].ref.source});
      return it != agreed.end() && it->second >= c.score;
    };
    return !c.alike && (by(c.a, c.b) || by(c.b, c.a));
  };
  std::erase_if(scored, stated_alike);
  if (draft) {
    // A source that restates a draft's figure passes on its conflicts with the other sources: the
    // draft's figure against each such figure, as strong as the weaker of the two pairs (and
    // compared exactly below, where a pair that agrees after all is dropped).
    std::unordered_map<std::size_t, std::vector<std::pair<std::size_t, double>>> against;
    for (const Scored& c : scored)
      if (c.link && !c.alike) {
        against[c.a].emplace_back(c.b, c.score);
        against[c.b].emplace_back(c.a, c.score);
      }
    std::vector<Scored> passed;
    for (const Scored& c : scored) {
      if (!c.restates || c.link) continue;
      const std::size_t mine = entries[c.a].ref.source == *draft ? c.a : c.b;
      const std::size_t theirs = mine == c.a ? c.b : c.a;
      auto it = against.find(theirs);
      if (it == against.end()) continue;
      for (const auto& [other, score] : it->second) {
        Scored t{std::min(c.score, score), mine, other, false, false, false, theirs};
        if (entries[other].ref.source < entries[mine].ref.source) std::swap(t.a, t.b);
        if (!stated_alike(t)) passed.push_back(t);
      }
    }
    std::erase_if(scored, [](const Scored& c) { return c.link; });
    scored.insert(scored.end(), passed.begin(), passed.end());
  }
  auto position = [&](const Scored& c) {
    const Entry& a = entries[c.a];
    const Entry& b = entries[c.b];
    return std::tuple(a.ref.source, sources[a.ref.source].figures[a.ref.figure].span.begin, b.ref.source,
                      sources[b.ref.source].figures[b.ref.figure].span.begin);
  };
  std::ranges::sort(scored, [&](const Scored& x, const Scored& y) {
    if (x.score != y.score) return x.score > y.score;
    return position(x) < position(y);
  });

  std::vector<Conflict> out;
  std::map<std::pair<std::size_t, std::size_t>, int> listed;  // a figure is named at most twice
  std::set<std::tuple<std::string, double, std::string, double>> told;
  std::set<std::pair<std::size_t, std::size_t>> restated;  // entries a listed pair's conversions stand for
  auto told_key = [&](const Entry& a, const Entry& b) {
    const std::string& ua = sources[a.ref.source].figures[a.ref.figure].unit;
    const std::string& ub = sources[b.ref.source].figures[b.ref.figure].unit;
    auto one = std::tuple(a.cls + '\n' + ua, a.written), two = std::tuple(b.cls + '\n' + ub, b.written);
    if (two < one) std::swap(one, two);
    return std::tuple(std::get<0>(one), std::get<1>(one), std::get<0>(two), std::get<1>(two));
  };
  std::set<std::pair<std::size_t, std::size_t>> paired;  // with a draft: a pair met directly and through a source is one
  for (const Scored& s : scored) {
    if (!draft && out.size() >= options.limit) break;
    if (draft && !paired.insert({s.a, s.b}).second) continue;
    const Entry* a = &entries[s.a];
    const Entry* b = &entries[s.b];
    int& na = listed[{a->ref.source, a->ref.figure}];
    int& nb = listed[{b->ref.source, b->ref.figure}];
    if (!draft && (na >= 2 || nb >= 2)) continue;
    // One discrepancy told by several texts (6兆7848億円 against 6兆8219億円 in two papers each) is
    // listed once: the next place goes to another discrepancy.
    if (!draft && !told.insert(told_key(*a, *b)).second) continue;
    // A figure against the conversion of one already listed against it ("$39.9 million" of
    // "£33m ($39.9 million)" against "£32m") restates that conflict.
    if (!draft && restated.contains(std::minmax(s.a, s.b))) continue;
    if (!draft) {
      const Entry* pa = partner(*a);
      const Entry* pb = partner(*b);
      if ((pa && told.contains(told_key(*pa, *b))) || (pb && told.contains(told_key(*a, *pb)))) continue;
    }
    const DiscoverSource& sa = sources[a->ref.source];
    const DiscoverSource& sb = sources[b->ref.source];
    const Figure& fa = sa.figures[a->ref.figure];
    const Figure& fb = sb.figures[b->ref.figure];

    // Exact comparison: in one unit, against the stated precision.
    const Date date = conversion_date(a->ref.source, b->ref.source);
    Normalised va = a->own, vb = b->own;
    bool agrees = false;
    if (fa.kind == FigureKind::money && fa.unit != fb.unit) {
      std::string problem;
      auto values = normaliser.together({&fa, &fb}, {date, date}, problem);
      if (!values) continue;
      va = (*values)[0];
      vb = (*values)[1];
      agrees = agree(va, vb, options.tolerance);
      if (agrees && (!draft || s.via)) continue;
      // With no date from the texts, a rate of some other year may explain a gap: money in two
      // currencies is listed then only when it is far apart (five times or more).
      const bool dated = options.as_of || written[a->ref.source] || written[b->ref.source];
      if (!agrees && !dated && delta(va, vb).ratio < 5) continue;
    } else if (fa.kind == FigureKind::quantity && fa.unit != fb.unit) {
      // Quantities in two units meet in their dimension's common unit (640 km against 398 miles).
      std::string problem;
      const std::string common(common_unit(dimension_of(fa.unit)));
      auto ca = normaliser.to_unit(fa, common, std::nullopt, problem);
      auto cb = normaliser.to_unit(fb, common, std::nullopt, problem);
      if (!ca || !cb) continue;
      va = *ca;
      vb = *cb;
      const bool bound_slip = (va.one_sided || vb.one_sided) && bound_hides_slip(a->value, b->value);
      agrees = !bound_slip && agree(va, vb, va.one_sided || vb.one_sided ? options.tolerance : exact);
      if (agrees && (!draft || s.via)) continue;
    } else {
      if (!counted(fa).empty()) vb.unit = va.unit;
      else va.unit = vb.unit;
      // Against the stated precision; a bound ("more than 20,000") against the tolerance, as a
      // bound touching the other's value is not a conflict — unless it is a power of ten off.
      const bool bound_slip = (va.one_sided || vb.one_sided) && bound_hides_slip(a->written, b->written);
      agrees = !bound_slip && agree(va, vb, va.one_sided || vb.one_sided ? options.tolerance : exact);
      if (agrees && (!draft || s.via)) continue;
    }
    ++na;
    ++nb;
    if (const Entry* pa = partner(*a)) restated.insert(std::minmax(static_cast<std::size_t>(pa - entries.data()), s.b));
    if (const Entry* pb = partner(*b)) restated.insert(std::minmax(s.a, static_cast<std::size_t>(pb - entries.data())));

    // The explanation, signal by signal.
    std::vector<Signal> signals;
    std::vector<std::string> measure;
    std::ranges::set_intersection(a->measure, b->measure, std::back_inserter(measure));
    std::erase_if(measure, [&](const std::string& w) { return weight(w) == 0; });
    std::vector<std::string> shared;
    std::ranges::set_intersection(a->words, b->words, std::back_inserter(shared));
    std::erase_if(shared, [&](const std::string& w) { return weight(w) == 0; });
    std::ranges::stable_sort(shared, [&](const std::string& p, const std::string& q) { return weight(p) > weight(q); });
    const double words = a->norm > 0 && b->norm > 0 ? shared_weight(a->word_ids, b->word_ids, weight_of) / (a->norm * b->norm) : 0;
    if (!measure.empty()) signals.push_back({"measure", 0.25, fmt::format("both measure {}", fmt::join(measure, ", "))});
    if (words > 0) signals.push_back({"words", words, fmt::format("shared words: {}", fmt::join(shared, ", "))});
    const bool same_unit = (fa.kind != FigureKind::money && fa.kind != FigureKind::quantity) || fa.unit == fb.unit;
    const double wa = same_unit ? a->written : a->value, wb = same_unit ? b->written : b->value;
    const int digits = std::min(significant_digits(a->written), significant_digits(b->written));
    const bool measured = !measure.empty() && a->cls.starts_with("quantity:");
    const bool dates = a->cls == "date";
    const int slip = dates ? 0 : digits >= 2 || measured ? scale_slip(wa, wb, std::max(digits, 1)) : 0;
    const double near = dates ? 0 : closeness(a->value, b->value);
    if (dates) {
      const double apart = std::max(a->lo, b->lo) - std::min(a->hi, b->hi);
      signals.push_back({"value", 0, fmt::format("dates {} apart", format_number(apart) + (apart == 1 ? " day" : " days"))});
    } else if (slip) {
      signals.push_back({"value", slip_weight(digits >= 4 || a->cls.starts_with("money") || measured, same_unit, digits),
                         fmt::format("the same digits ×{} apart: a scale slip or the other decimal separator",
                                     format_number(pow10(slip)))});
    } else if (near > 0 && agrees) {
      signals.push_back({"value", 0.5 * near, "the values agree"});
    } else if (near > 0) {
      signals.push_back({"value", 0.5 * near, fmt::format("values {:.0f}% apart: a near miss or an update",
                                                          100 * (std::max(a->value, b->value) / std::min(a->value, b->value) - 1))});
    }
    const Entry* pa = partner(*a);
    const Entry* pb = partner(*b);
    if (partners_agree(pa, pb))
      signals.push_back({"conversion", 0.6, "each is given with a conversion, and the conversions agree"});
    if (a->event && b->event) signals.push_back({"date", 0.1, "their sentences date the event alike"});
    if (const auto anchor = !dates || sa.language == sb.language ? anchored(*a, *b, near >= 0.5) : std::nullopt) {
      const Entry& p = entries[anchor->first];
      const Entry& q = entries[anchor->second];
      signals.push_back({"anchor", 0.5,
                         fmt::format("both sentences state one figure alike: '{}' and '{}'",
                                     sources[p.ref.source].figures[p.ref.figure].text,
                                     sources[q.ref.source].figures[q.ref.figure].text)});
    }
    if (s.via) {
      const Entry& v = entries[*s.via];
      signals.push_back({"restated", s.score,
                         fmt::format("'{}' in {} states the same and disagrees with it too",
                                     sources[v.ref.source].figures[v.ref.figure].text, sources[v.ref.source].id)});
    }
    if (sa.language != sb.language && near > 0) {
      std::vector<std::string> names;
      std::ranges::set_intersection(a->names, b->names, std::back_inserter(names));
      std::erase_if(names, [&](const std::string& w) { return weight("\x01" + w) == 0; });
      if (!names.empty())
        signals.push_back({"names", std::min(0.45, 0.15 * static_cast<double>(names.size())),
                           fmt::format("names in both languages begin alike: {}", fmt::join(names, ", "))});
    }
    std::ranges::stable_sort(signals, [](const Signal& p, const Signal& q) { return p.weight > q.weight; });
    Conflict c{a->ref, b->ref, s.score, std::move(shared), std::move(signals), false, va, vb, delta(va, vb),
               power_of_ten_apart(va.value, vb.value), date};
    c.beyond_precision = !agrees && agree(va, vb, options.tolerance);
    c.agrees = agrees;
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace

std::vector<Conflict> find_conflicts(const std::vector<DiscoverSource>& sources,
                                     const Normaliser& normaliser, const DiscoverOptions& options) {
  return pair_figures(sources, normaliser, options, std::nullopt, nullptr);
}

DraftPairs pair_draft(const std::vector<DiscoverSource>& sources, std::size_t draft, const Normaliser& normaliser,
                      const DiscoverOptions& options) {
  DraftPairs result;
  result.pairs = pair_figures(sources, normaliser, options, draft, &result.compared);
  return result;
}

}  // namespace crosscheck
