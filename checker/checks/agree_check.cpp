// The implicit check of every claim: its mentions (and its literal value) agree within tolerance.
#include "checks/check_context.h"
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

Finding check_claim(const ClaimDecl& claim, const CheckContext& context) {
  Finding finding;
  finding.check = claim.id;
  finding.kind = "agree";
  finding.about = claim.about;
  finding.rule = claim.where;
  finding.severity = claim.severity.value_or(context.rules.defaults.severity);
  Tolerance tolerance = claim.tolerance.value_or(context.rules.defaults.tolerance);

  std::vector<std::optional<Date>> dates;
  for (const MentionDecl& mention : claim.mentions) {
    finding.mentions.push_back(resolve_mention(mention, context.rules, context.sources));
    dates.push_back(conversion_date(mention, claim, context,
                                    context.sources.find(context.rules, mention.source)));
  }
  if (claim.value) {
    finding.mentions.push_back(literal_mention(*claim.value, claim.value_where, "value"));
    dates.push_back(claim.as_of ? claim.as_of : context.as_of);
  }
  // The primary source's mention leads; without one, the first mention does.
  std::size_t lead = 0;
  for (std::size_t i = 0; i < finding.mentions.size(); ++i)
    if (finding.mentions[i].primary) {
      lead = i;
      break;
    }
  for (std::size_t i = 0; i < finding.mentions.size(); ++i) finding.mentions[i].primary = i == lead;

  // A quote with several figures takes the one whose dimension the mentions with a single figure
  // share; failing that, its only figure that is not a date, year or ordinal.
  std::string wanted;
  for (const MentionReport& m : finding.mentions)
    if (m.figure) {
      wanted = dimension(*m.figure);
      break;
    }
  for (std::size_t i = 0; i < claim.mentions.size(); ++i) {
    MentionReport& m = finding.mentions[i];
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
  for (const MentionReport& m : finding.mentions)
    if (!m.problem.empty()) problems.push_back(fmt::format("{}: {}", m.source_id, m.problem));
  if (!problems.empty()) {
    finding.status = Status::unresolved;
    finding.message = fmt::format("{}", fmt::join(problems, "; "));
    return finding;
  }
  std::vector<const Figure*> figures;
  for (const MentionReport& m : finding.mentions) figures.push_back(&*m.figure);
  std::string problem;
  auto normalised = context.normaliser.together(figures, dates, problem);
  if (!normalised) {
    finding.status = Status::unresolved;
    finding.message = problem;
    return finding;
  }
  for (std::size_t i = 0; i < normalised->size(); ++i)
    finding.mentions[i].normalised = (*normalised)[i];

  if (finding.mentions.size() < 2) {
    finding.status = Status::pass;
    finding.message = "a single mention; found in its source";
    return finding;
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
    finding.status = Status::pass;
    finding.message = fmt::format("{} mentions agree", finding.mentions.size());
    return finding;
  }
  auto [i, j] = *worst;
  finding.status = Status::fail;
  finding.delta = delta((*normalised)[i], (*normalised)[j]);
  finding.message = fmt::format("mentions disagree: {} but {}", describe(finding.mentions[i]),
                                describe(finding.mentions[j]));
  return finding;
}

}  // namespace

void run_agree_checks(const CheckContext& context, std::vector<Finding>& out) {
  // A claim with only a literal value is a constant for expressions: nothing to check by itself.
  for (const ClaimDecl& claim : context.rules.claims)
    if (!claim.mentions.empty()) out.push_back(check_claim(claim, context));
}

}  // namespace crosscheck
