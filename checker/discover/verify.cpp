#include "discover/verify.h"

#include "text/quote_finder.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>

namespace crosscheck {

std::string_view to_string(Verdict verdict) {
  switch (verdict) {
    case Verdict::supported: return "supported";
    case Verdict::contradicted: return "contradicted";
    case Verdict::unsupported: return "unsupported";
  }
  return "unsupported";
}

std::vector<FigureVerdict> verdicts_of(const DraftPairs& pairs, std::size_t draft) {
  std::vector<FigureVerdict> verdicts;
  std::vector<std::size_t> at;  // figure index → its verdict
  for (std::size_t figure : pairs.compared) {
    if (figure >= at.size()) at.resize(figure + 1, SIZE_MAX);
    at[figure] = verdicts.size();
    verdicts.push_back({figure, Verdict::unsupported, {}});
  }
  // Pairs come strongest first; any source stating the fact otherwise contradicts the draft, as
  // an editor must look at it even when another source agrees.
  std::vector<std::vector<std::size_t>> agreeing(verdicts.size());
  for (std::size_t k = 0; k < pairs.pairs.size(); ++k) {
    const Conflict& pair = pairs.pairs[k];
    const FigureRef& mine = pair.a.source == draft ? pair.a : pair.b;
    if (mine.figure >= at.size() || at[mine.figure] == SIZE_MAX) continue;
    const std::size_t v = at[mine.figure];
    if (pair.agrees) {
      agreeing[v].push_back(k);
    } else {
      verdicts[v].verdict = Verdict::contradicted;
      verdicts[v].pairs.push_back(k);
    }
  }
  for (std::size_t v = 0; v < verdicts.size(); ++v)
    if (verdicts[v].verdict != Verdict::contradicted && !agreeing[v].empty()) {
      verdicts[v].verdict = Verdict::supported;
      verdicts[v].pairs = std::move(agreeing[v]);
    }
  return verdicts;
}

Report verify_report(const std::vector<DiscoverSource>& sources, std::size_t draft, const DraftPairs& pairs,
                     const DiagnoseContext& context) {
  const DiscoverSource& d = sources[draft];
  Report report;
  report.title = fmt::format("verify {} against {} source{}", d.file->path(), sources.size() - 1,
                             sources.size() == 2 ? "" : "s");
  for (std::size_t s = 0; s < sources.size(); ++s) report.sources.push_back(source_report(sources[s], s == draft));
  for (const FigureVerdict& v : verdicts_of(pairs, draft)) {
    const Figure& figure = d.figures[v.figure];
    const Location at = d.file->location(figure.span.begin);
    std::string check = fmt::format("{}:{}", at.line, at.column);
    const std::string text = normalise_for_quotes(figure.text);
    Finding f;
    if (v.verdict == Verdict::unsupported) {
      std::string problem;
      const auto value = context.normaliser.to_unit(figure, comparable_unit(figure), std::nullopt, problem);
      f.check = std::move(check);
      f.kind = "agree";
      f.status = Status::unresolved;
      f.severity = Severity::warning;
      f.message = fmt::format("unsupported: no source states '{}'", text);
      f.mentions.push_back(figure_mention(d, figure, value.value_or(Normalised{})));
      if (!value) f.mentions.back().normalised.reset();
      f.mentions.back().primary = true;
    } else {
      const Conflict& best = pairs.pairs[v.pairs.front()];
      f = pair_finding(sources, best, context, std::move(check), best.b.source == draft);
      const MentionReport& other = f.mentions[1];
      f.message = v.verdict == Verdict::contradicted
                      ? fmt::format("contradicted: '{}' against '{}' in {}", text,
                                    normalise_for_quotes(other.figure->text), other.source_id)
                      : fmt::format("supported: '{}' agrees with '{}' in {}", text,
                                    normalise_for_quotes(other.figure->text), other.source_id);
      if (v.pairs.size() > 1) {
        f.message += fmt::format(" and {} more", v.pairs.size() - 1);
        // The other sources' passages too, the strongest of each, after the strongest pair's
        // (whose diagnosis stands).
        for (std::size_t k = 1; k < v.pairs.size(); ++k) {
          const Conflict& pair = pairs.pairs[v.pairs[k]];
          const bool draft_first = pair.a.source == draft;
          const FigureRef& ref = draft_first ? pair.b : pair.a;
          if (std::ranges::any_of(f.mentions, [&](const MentionReport& m) { return m.source_id == sources[ref.source].id; }))
            continue;
          f.mentions.push_back(figure_mention(sources[ref.source], sources[ref.source].figures[ref.figure],
                                              draft_first ? pair.b_value : pair.a_value));
        }
      }
    }
    report.findings.push_back(std::move(f));
  }
  report.summary = summarise(report.findings);
  return report;
}

}  // namespace crosscheck
