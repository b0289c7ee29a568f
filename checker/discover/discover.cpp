#include "discover/discover.h"

#include "discover/context_words.h"
#include "engine/compare.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <map>
#include <tuple>

namespace crosscheck {

namespace {

// Figures worth comparing across sources: amounts, counts, shares and spans of time. Bare
// numbers, dates, years and ordinals are too many and too loosely tied to a fact.
bool comparable(const Figure& f) {
  switch (f.kind) {
    case FigureKind::money:
    case FigureKind::count:
    case FigureKind::percent:
    case FigureKind::percentage_points:
    case FigureKind::duration:
      return true;
    default:
      return false;
  }
}

// Two figures can be compared when these keys are equal: money with money in any currency,
// counts of the same thing, percent with percent.
std::string key_of(const Figure& f) {
  return f.kind == FigureKind::money ? "money" : dimension(f) + ":" + comparable_unit(f);
}

struct Entry {
  FigureRef ref;
  std::string key;
  std::vector<std::string> words;
  double norm = 0;  // square root of the sum of its words' weights
};

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

std::vector<Conflict> find_conflicts(const std::vector<DiscoverSource>& sources,
                                     const Normaliser& normaliser, const DiscoverOptions& options) {
  std::vector<Entry> entries;
  for (std::size_t s = 0; s < sources.size(); ++s) {
    const std::string_view text = sources[s].file->plain();
    for (std::size_t i = 0; i < sources[s].figures.size(); ++i) {
      const Figure& f = sources[s].figures[i];
      if (!comparable(f)) continue;
      Entry e{{s, i}, key_of(f), context_words(text, f.span)};
      if (f.kind == FigureKind::count) e.words.push_back(f.unit);  // the counted thing is context too
      std::ranges::sort(e.words);
      e.words.erase(std::unique(e.words.begin(), e.words.end()), e.words.end());
      entries.push_back(std::move(e));
    }
  }
  // Words weigh by how rare they are among the figures' contexts (inverse document frequency);
  // a word around very many figures ("government") tells little and is not indexed at all, which
  // also keeps the pairs looked at far below all pairs.
  // Ordered maps: the sums below add up in one order, so scores are the same on every run.
  std::map<std::string, std::vector<std::size_t>> postings;
  for (std::size_t k = 0; k < entries.size(); ++k)
    for (const std::string& w : entries[k].words) postings[w].push_back(k);
  const double n = static_cast<double>(entries.size());
  const std::size_t common = std::clamp<std::size_t>(entries.size() / 8, 24, 256);
  std::map<std::string, double> weight;
  for (const auto& [word, list] : postings)
    weight[word] = list.size() > common ? 0.0 : std::log(1.0 + n / static_cast<double>(list.size()));
  for (Entry& e : entries) {
    double sum = 0;
    for (const std::string& w : e.words) sum += weight.at(w);
    e.norm = std::sqrt(sum);
  }
  // Shared weight of every pair that shares a telling word, from different sources, of one key.
  std::map<std::pair<std::size_t, std::size_t>, double> shared;
  for (const auto& [word, list] : postings) {
    const double w = weight.at(word);
    if (w == 0) continue;
    for (std::size_t x = 0; x < list.size(); ++x)
      for (std::size_t y = x + 1; y < list.size(); ++y) {
        const Entry& a = entries[list[x]];
        const Entry& b = entries[list[y]];
        if (a.ref.source == b.ref.source || a.key != b.key) continue;
        shared[{list[x], list[y]}] += w;
      }
  }
  std::vector<std::optional<Date>> written(sources.size());
  for (std::size_t s = 0; s < sources.size(); ++s) written[s] = newest_date(sources[s]);
  auto conversion_date = [&](std::size_t sa, std::size_t sb) {
    if (options.as_of) return *options.as_of;
    const std::optional<Date>& a = written[sa];
    const std::optional<Date>& b = written[sb];
    if (a && b) return *a < *b ? *b : *a;
    return a ? *a : b ? *b : options.fallback;
  };
  std::vector<Conflict> conflicts;
  std::map<std::pair<std::size_t, std::size_t>, int> listed;  // a figure is named at most twice
  for (const auto& [pair, sum] : shared) {
    const Entry& a = entries[pair.first];
    const Entry& b = entries[pair.second];
    const double score = sum / (a.norm * b.norm);  // cosine of the weighted word sets
    if (score < options.min_score) continue;
    const Figure& fa = sources[a.ref.source].figures[a.ref.figure];
    const Figure& fb = sources[b.ref.source].figures[b.ref.figure];
    std::string problem;
    const Date date = conversion_date(a.ref.source, b.ref.source);
    auto values = normaliser.together({&fa, &fb}, {date, date}, problem);
    if (!values || agree((*values)[0], (*values)[1], options.tolerance)) continue;
    // With no date from the texts, a rate of some other year may explain a gap: money in two
    // currencies is listed then only when it is far apart (five times or more).
    const bool dated = options.as_of || written[a.ref.source] || written[b.ref.source];
    if (!dated && fa.unit != fb.unit && delta((*values)[0], (*values)[1]).ratio < 5) continue;
    Conflict c{a.ref, b.ref, score, {}, (*values)[0], (*values)[1], delta((*values)[0], (*values)[1]),
               power_of_ten_apart((*values)[0].value, (*values)[1].value), date};
    std::ranges::set_intersection(a.words, b.words, std::back_inserter(c.shared));
    std::ranges::stable_sort(c.shared, [&](const std::string& x, const std::string& y) {
      return weight.at(x) > weight.at(y);
    });
    std::erase_if(c.shared, [&](const std::string& w) { return weight.at(w) == 0; });
    conflicts.push_back(std::move(c));
  }
  auto position = [&](const Conflict& c) {
    return std::tuple(c.a.source, sources[c.a.source].figures[c.a.figure].span.begin, c.b.source,
                      sources[c.b.source].figures[c.b.figure].span.begin);
  };
  std::ranges::sort(conflicts, [&](const Conflict& x, const Conflict& y) {
    if (x.score != y.score) return x.score > y.score;
    return position(x) < position(y);
  });
  std::vector<Conflict> out;
  for (Conflict& c : conflicts) {
    if (out.size() >= options.limit) break;
    int& na = listed[{c.a.source, c.a.figure}];
    int& nb = listed[{c.b.source, c.b.figure}];
    if (na >= 2 || nb >= 2) continue;
    ++na;
    ++nb;
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace crosscheck
