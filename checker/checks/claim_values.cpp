#include "checks/claim_values.h"

#include "base/parallel.h"

#include "engine/amount_format.h"
#include "engine/compare.h"
#include "engine/mention_resolver.h"
#include "figures/extractor.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace crosscheck {

namespace {

std::optional<Date> conversion_date(const MentionDecl& mention, const ClaimDecl& claim,
                                    const CheckContext& context, const LoadedSource* source) {
  if (mention.as_of) return mention.as_of;
  if (claim.as_of) return claim.as_of;
  if (context.as_of) return context.as_of;
  if (source && source->decl.published) return first_day(*source->decl.published);
  return std::nullopt;
}

MentionReport literal_mention(const std::string& literal, const Location& where,
                              const std::string& label) {
  MentionReport m;
  m.source_id = label;
  m.quote = literal;
  m.start = where;
  m.end = where;
  m.path = where.file;
  if (auto figure = parse_figure_literal(literal)) {
    m.figure = std::move(*figure);
  } else {
    m.problem = fmt::format("'{}' is not a figure", literal);
  }
  return m;
}

bool is_calendar(FigureKind kind) {
  return kind == FigureKind::date || kind == FigureKind::date_range || kind == FigureKind::year ||
         kind == FigureKind::ordinal;
}

// Years and dates compare with each other (a year is the range of its days).
bool same_dimension(const std::string& a, const std::string& b) {
  auto calendar = [](const std::string& d) { return d == "date" || d == "year"; };
  return a == b || (calendar(a) && calendar(b));
}

std::string describe(const MentionReport& m) {
  std::string value = m.normalised ? describe_normalised(*m.normalised) : std::string();
  return fmt::format("'{}' ({}) is {}", m.figure ? m.figure->text : m.quote, m.source_id, value);
}

// The common part of intervals that agree. Intervals that agree only within the tolerance have
// none: then the stretch between the nearest ends, which touches every one of them.
Normalised overlap(const std::vector<Normalised>& values, std::size_t lead) {
  Normalised out = values[lead];
  for (const Normalised& v : values) {
    out.one_sided = out.one_sided && v.one_sided;
    if (overlaps(out.interval, v.interval)) {
      out.interval = intersection(out.interval, v.interval);
    } else {
      Interval both = intersection(out.interval, v.interval);  // low > high: the gap, reversed
      out.interval = Interval::closed(both.high, both.low);
    }
    if (out.rate.empty()) out.rate = v.rate;
  }
  if (out.value < out.interval.low) out.value = out.interval.low;
  if (out.value > out.interval.high) out.value = out.interval.high;
  return out;
}

}  // namespace

ClaimValue resolve_claim(const ClaimDecl& claim, const CheckContext& context) {
  ClaimValue out;
  out.claim = &claim;
  Tolerance tolerance = claim.tolerance.value_or(context.rules.defaults.tolerance);

  for (const MentionDecl& mention : claim.mentions) {
    out.mentions.push_back(resolve_mention(mention, context.rules, context.sources));
    out.dates.push_back(conversion_date(mention, claim, context,
                                        context.sources.find(context.rules, mention.source)));
  }
  if (claim.value) {
    out.mentions.push_back(literal_mention(*claim.value, claim.value_where, "value"));
    out.dates.push_back(claim.as_of ? claim.as_of : context.as_of);
  }
  // The primary source's mention leads; without one, the first mention does.
  bool from_primary = false;
  for (std::size_t i = 0; i < out.mentions.size(); ++i)
    if (out.mentions[i].primary) {
      out.lead = i;
      from_primary = true;
      break;
    }
  for (std::size_t i = 0; i < out.mentions.size(); ++i) out.mentions[i].primary = i == out.lead;

  // A quote with several figures takes the one whose dimension the mentions with a single figure
  // share; failing that, its only figure that is not a date, year or ordinal.
  std::string wanted;
  for (const MentionReport& m : out.mentions)
    if (m.figure) {
      wanted = dimension(*m.figure);
      break;
    }
  for (std::size_t i = 0; i < claim.mentions.size(); ++i) {
    MentionReport& m = out.mentions[i];
    if (m.candidates.empty()) continue;
    const Figure* match = nullptr;
    std::size_t matches = 0;
    for (const Figure& c : m.candidates) {
      bool fits = wanted.empty() ? !is_calendar(c.kind) : same_dimension(dimension(c), wanted);
      if (fits) {
        match = &c;
        ++matches;
      }
    }
    if (matches == 1)
      choose_candidate(m, *match, *context.sources.find(context.rules, claim.mentions[i].source)->file);
  }

  std::vector<std::string> problems;
  for (const MentionReport& m : out.mentions)
    if (!m.problem.empty()) problems.push_back(fmt::format("{}: {}", m.source_id, m.problem));
  if (!problems.empty()) {
    out.status = Status::unresolved;
    out.message = fmt::format("{}", fmt::join(problems, "; "));
    return out;
  }
  std::vector<const Figure*> figures;
  for (const MentionReport& m : out.mentions) figures.push_back(&*m.figure);
  std::string problem;
  auto normalised = context.normaliser.together(figures, out.dates, problem);
  if (!normalised) {
    out.status = Status::unresolved;
    out.message = problem;
    return out;
  }
  for (std::size_t i = 0; i < normalised->size(); ++i) out.mentions[i].normalised = (*normalised)[i];

  if (out.mentions.size() < 2) {
    out.status = Status::pass;
    out.message = "a single mention; found in its source";
    if (!normalised->empty()) out.agreed = (*normalised)[out.lead];
    return out;
  }
  // Every pair must agree; the widest disagreement is the one reported.
  std::optional<std::pair<std::size_t, std::size_t>> worst;
  Number worst_gap = -1;
  for (std::size_t i = 0; i < normalised->size(); ++i)
    for (std::size_t j = i + 1; j < normalised->size(); ++j) {
      const Normalised& a = (*normalised)[i];
      const Normalised& b = (*normalised)[j];
      if (agree(a, b, tolerance)) continue;
      Number g = gap(a.interval, b.interval);
      if (g > worst_gap || (a.one_sided || b.one_sided)) {
        worst_gap = g;
        worst = {i, j};
      }
    }
  if (!worst) {
    out.status = Status::pass;
    out.message = fmt::format("{} mentions agree", out.mentions.size());
    out.agreed = from_primary ? (*normalised)[out.lead] : overlap(*normalised, out.lead);
    return out;
  }
  auto [i, j] = *worst;
  out.status = Status::fail;
  out.delta = delta((*normalised)[i], (*normalised)[j]);
  out.message = fmt::format("mentions disagree: {} but {}", describe(out.mentions[i]),
                            describe(out.mentions[j]));
  return out;
}

std::vector<ClaimValue> resolve_claims(const CheckContext& context) {
  std::vector<ClaimValue> values(context.rules.claims.size());
  parallel_for(values.size(), context.jobs,
               [&](std::size_t i) { values[i] = resolve_claim(context.rules.claims[i], context); });
  return values;
}

const ClaimValue* find_claim_value(const CheckContext& context, std::string_view id) {
  if (!context.claims) return nullptr;
  for (const ClaimValue& value : *context.claims)
    if (value.claim && value.claim->id == id) return &value;
  return nullptr;
}

}  // namespace crosscheck
