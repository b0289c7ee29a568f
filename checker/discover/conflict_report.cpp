#include "discover/conflict_report.h"

#include "discover/conflict_json.h"
#include "engine/mention_resolver.h"
#include "text/quote_finder.h"

#include <fmt/format.h>

#include <utility>

namespace crosscheck {

SourceReport source_report(const DiscoverSource& source, bool primary) {
  SourceReport report;
  report.id = source.id;
  report.path = source.file->path();
  if (source.published) report.published = to_string(*source.published);
  report.primary = primary;
  report.language = source.language;
  report.language_detected = true;  // discover and verify read each text in the language it shows
  describe_file(report, *source.file);
  return report;
}

MentionReport figure_mention(const DiscoverSource& source, const Figure& figure, const Normalised& value) {
  const SourceFile& file = *source.file;
  const std::string_view plain = file.plain();
  Span sentence = sentence_of(plain, figure.span);
  // Its reach is counted in bytes: whole characters only.
  auto continuation = [&](std::size_t at) { return at < plain.size() && (static_cast<unsigned char>(plain[at]) & 0xC0) == 0x80; };
  while (sentence.begin < figure.span.begin && continuation(sentence.begin)) ++sentence.begin;
  while (sentence.end > figure.span.end && continuation(sentence.end)) --sentence.end;
  MentionReport m;
  m.source_id = source.id;
  m.path = file.path();
  // The sentence on one line, trimmed: a quote as a rule file would give it.
  m.quote = normalise_for_quotes(plain.substr(sentence.begin, sentence.end - sentence.begin));
  while (!m.quote.empty() && m.quote.front() == ' ') m.quote.erase(m.quote.begin());
  while (!m.quote.empty() && m.quote.back() == ' ') m.quote.pop_back();
  m.plain_quote = sentence;
  m.figure = figure;
  m.normalised = value;
  place_mention(m, figure.span, file);
  return m;
}

Finding pair_finding(const std::vector<DiscoverSource>& sources, const Conflict& pair, const DiagnoseContext& context,
                     std::string check, bool b_first) {
  const DiscoverSource& sa = sources[pair.a.source];
  const DiscoverSource& sb = sources[pair.b.source];
  const Figure& fa = sa.figures[pair.a.figure];
  const Figure& fb = sb.figures[pair.b.figure];
  Finding f;
  f.check = std::move(check);
  f.kind = "agree";  // two figures of one fact must agree: the diagnoses of a claim apply
  f.status = pair.agrees ? Status::pass : Status::fail;
  f.severity = Severity::error;
  f.message = fmt::format("'{}' ({}) and '{}' ({}) {}", normalise_for_quotes(fa.text), sa.id,
                          normalise_for_quotes(fb.text), sb.id, pair.agrees ? "agree" : "disagree");
  f.mentions.push_back(figure_mention(sa, fa, pair.a_value));
  f.mentions.push_back(figure_mention(sb, fb, pair.b_value));
  if (b_first) std::swap(f.mentions[0], f.mentions[1]);
  f.mentions[0].primary = true;
  for (MentionReport& m : f.mentions)
    if (m.figure->kind == FigureKind::money && fa.unit != fb.unit) m.normalised->conversion_date = pair.date;
  f.delta = pair.delta;
  f.confidence = pair.score;
  f.signals = pair.signals;
  diagnose(f, context);
  return f;
}

Report conflicts_report(const std::vector<DiscoverSource>& sources, const std::vector<Conflict>& conflicts,
                        const DiagnoseContext& context) {
  Report report;
  report.title = fmt::format("candidate conflicts among {} texts", sources.size());
  for (const DiscoverSource& s : sources) report.sources.push_back(source_report(s));
  for (std::size_t k = 0; k < conflicts.size(); ++k)
    report.findings.push_back(pair_finding(sources, conflicts[k], context, fmt::format("conflict-{}", k + 1)));
  report.summary = summarise(report.findings);
  report.tables.push_back({"matrix", "Discrepancy matrix: one row per fact, one column per text",
                           matrix_rows(sources, conflicts)});
  return report;
}

}  // namespace crosscheck
