// The built-in `conversion-pairs` check: a figure and its conversion in parentheses
// ("100 billion yen ($835 million)") must agree at the exchange rate of their date.
#include "checks/check_context.h"
#include "diagnose/figure_pairs.h"
#include "engine/amount_format.h"
#include "engine/compare.h"
#include "engine/mention_resolver.h"

#include <fmt/format.h>

#include <map>

namespace crosscheck {

namespace {

// The date a pair is converted at, and where that date came from (for the message).
struct PairDate {
  std::optional<Date> date;
  std::string origin;
};

// The conversion dates that claims give the figures they quote, keyed by the figure's offset in
// the source: a mention's `as_of`, else its claim's. A mention counts when the figure it takes is
// one of the pair, or (when it has not taken one) when the figure is among its candidates.
std::map<std::size_t, PairDate> claim_dates(const CheckContext& context, const std::string& source_id) {
  std::map<std::size_t, PairDate> out;
  for (const ClaimDecl& claim : context.rules.claims)
    for (const MentionDecl& mention : claim.mentions) {
      if (mention.source != source_id) continue;
      std::optional<Date> date = mention.as_of ? mention.as_of : claim.as_of;
      if (!date) continue;
      MentionReport report = resolve_mention(mention, context.rules, context.sources);
      PairDate given{date, fmt::format("the as_of of claim '{}'", claim.id)};
      if (report.figure) out.emplace(report.figure->span.begin, given);
      for (const Figure& candidate : report.candidates) out.emplace(candidate.span.begin, given);
    }
  return out;
}

PairDate pair_date(const Figure& a, const Figure& b, const std::map<std::size_t, PairDate>& given,
                   const CheckContext& context, const LoadedSource& source) {
  for (const Figure* f : {&a, &b})
    if (auto it = given.find(f->span.begin); it != given.end()) return it->second;
  if (context.as_of) return {context.as_of, "--as-of"};
  if (source.decl.published)
    return {source.decl.published, fmt::format("the published date of '{}'", source.decl.id)};
  return {};
}

// The days a date stands for. A partial date ("2015-09", "2016") covers every business day of its
// month or year: the article does not say on which day its writer converted, so the pair passes
// when some day's rate agrees, and the message names that day.
std::vector<Date> days_of(const Date& date) {
  if (date.complete()) return {date};
  std::vector<Date> days;
  for (std::int64_t d = day_number(first_day(date)); d <= day_number(last_day(date)); ++d)
    if (weekday(d) < 5) days.push_back(date_from_day_number(d));
  return days;
}

MentionReport mention_of(const Figure& figure, const LoadedSource& source, const Span& pair_span,
                         bool primary) {
  MentionReport m;
  m.source_id = source.decl.id;
  m.path = source.file->path();
  m.quote = std::string(source.file->plain().substr(pair_span.begin, pair_span.end - pair_span.begin));
  m.plain_quote = pair_span;
  m.primary = primary;
  choose_candidate(m, figure, *source.file);
  return m;
}

Finding check_pair(const Figure& a, const Figure& b, const PairDate& when, const CheckContext& context,
                   const LoadedSource& source) {
  Finding finding;
  finding.check = "conversion-pairs";
  finding.kind = "conversion-pair";
  finding.severity = context.rules.defaults.severity;
  finding.rule = source.decl.where;
  Span pair_span{a.span.begin, b.span.end};
  // The pair as written starts at the words that qualify it ("about £33 million ($39.9 million)"):
  // they widen the first figure, and the passage shows why.
  if (!a.qualifier_text.empty() && a.qualifier_span.size() > 0 && a.qualifier_span.end <= a.span.begin)
    pair_span.begin = a.qualifier_span.begin;
  // The closing parenthesis belongs to the pair as written.
  std::string_view plain = source.file->plain();
  std::size_t end = b.span.end;
  while (end < plain.size() && (plain[end] == ' ' || plain[end] == '\n')) ++end;
  if (end < plain.size() && plain[end] == ')') pair_span.end = end + 1;
  finding.mentions.push_back(mention_of(a, source, pair_span, true));
  finding.mentions.push_back(mention_of(b, source, pair_span, false));
  std::string pair_text = finding.mentions.front().quote;
  finding.about = fmt::format("the conversion stated in '{}'", pair_text);
  std::string implied = implied_rate(a, b);

  if (!when.date) {
    finding.status = Status::unresolved;
    finding.message = fmt::format(
        "'{}' ({}): no date to convert at; give the source a published date, quote the pair in a "
        "claim with an as_of date, or run with --as-of",
        pair_text, source.decl.id);
    return finding;
  }
  Tolerance tolerance = context.rules.defaults.tolerance;
  // The figure in parentheses is the reference: the other is converted into its currency.
  std::string unused;
  const Normalised b_as_is = context.normaliser.to_unit(b, b.unit, when.date, unused).value();
  // Every day the date stands for; the one whose rate comes closest to the pair is reported.
  std::optional<Normalised> best;
  Number best_distance = 0;
  std::size_t agreeing = 0, tried = 0;
  std::string problem;
  for (const Date& day : days_of(*when.date)) {
    std::string why;
    auto converted = context.normaliser.to_unit(a, b.unit, day, why);
    if (!converted) {
      if (problem.empty()) problem = why;
      continue;
    }
    ++tried;
    bool ok = agree(*converted, b_as_is, tolerance);
    if (ok) ++agreeing;
    Number distance = abs(converted->value - b_as_is.value);
    bool better_status = best && ok && !agree(*best, b_as_is, tolerance);
    bool worse_status = best && !ok && agree(*best, b_as_is, tolerance);
    if (!best || better_status || (!worse_status && distance < best_distance)) {
      best = converted;
      best_distance = distance;
    }
  }
  if (!best) {
    finding.status = Status::unresolved;
    finding.message = fmt::format("'{}' ({}): {}", pair_text, source.decl.id, problem);
    return finding;
  }
  finding.mentions[0].normalised = *best;
  finding.mentions[1].normalised = b_as_is;
  std::string at =
      when.date->complete()
          ? fmt::format("at the rate of {} ({})", to_string(*when.date), when.origin)
          : fmt::format("at the rates of {} of {} business days of {} ({}), closest on {}", agreeing,
                        tried, to_string(*when.date), when.origin,
                        best->conversion_date ? to_string(*best->conversion_date) : "");
  if (agreeing > 0) {
    finding.status = Status::pass;
    finding.message = fmt::format("'{}' ({}) agrees {}: {} is {}; the pair implies {}", pair_text,
                                  source.decl.id, at, a.text, describe_normalised(*best), implied);
    return finding;
  }
  finding.status = Status::fail;
  finding.delta = delta(*best, b_as_is);
  if (!when.date->complete())
    at = fmt::format("at the rate of any business day of {} ({}); closest on {}", to_string(*when.date),
                     when.origin, best->conversion_date ? to_string(*best->conversion_date) : "");
  finding.message = fmt::format("'{}' ({}) does not agree {}: {} is {}, not {}; the pair implies {}",
                                pair_text, source.decl.id, at, a.text, describe_normalised(*best),
                                b.text, implied);
  return finding;
}

}  // namespace

void run_conversion_pairs_check(const CheckContext& context, std::vector<Finding>& out) {
  if (!context.rules.builtins.conversion_pairs) return;
  for (const SourceDecl& decl : context.rules.sources) {
    const LoadedSource* source = context.sources.find(context.rules, decl.id);
    if (!source) continue;
    std::optional<std::map<std::size_t, PairDate>> given;  // built only for sources with pairs
    const std::vector<Figure>& figures = source->figures;
    for (std::size_t i = 0; i < figures.size(); ++i) {
      const Figure& a = figures[i];
      if (!a.pair || *a.pair <= i || *a.pair >= figures.size()) continue;
      const Figure& b = figures[*a.pair];
      if (a.kind != FigureKind::money || b.kind != FigureKind::money || a.unit == b.unit) continue;
      if (!given) given = claim_dates(context, decl.id);
      out.push_back(check_pair(a, b, pair_date(a, b, *given, context, *source), context, *source));
    }
  }
}

}  // namespace crosscheck
