#include "engine/mention_resolver.h"

#include <fmt/format.h>

#include <algorithm>

namespace crosscheck {

namespace {

// The figure that a quote states: an explicit `figure:` choice, else the only one that is not a
// date or year, else the only one.
const Figure* choose_figure(const std::vector<const Figure*>& inside, const MentionDecl& mention,
                            std::string& problem) {
  if (mention.figure_index) {
    int index = *mention.figure_index;
    if (index < 1 || static_cast<std::size_t>(index) > inside.size()) {
      problem = fmt::format("figure: {} but the quote holds {} figure(s)", index, inside.size());
      return nullptr;
    }
    return inside[static_cast<std::size_t>(index - 1)];
  }
  if (mention.figure_text) {
    for (const Figure* f : inside)
      if (f->text == *mention.figure_text) return f;
    problem = fmt::format("figure: '{}' is not a figure of the quote", *mention.figure_text);
    return nullptr;
  }
  if (inside.empty()) {
    problem = "the quote holds no figure";
    return nullptr;
  }
  if (inside.size() == 1) return inside.front();
  std::string texts;
  for (const Figure* f : inside) texts += fmt::format("{}'{}'", texts.empty() ? "" : ", ", f->text);
  problem = fmt::format("the quote holds {} figures ({}); choose one with figure:", inside.size(), texts);
  return nullptr;
}

// Just past the last character of a span, in the original file: a tag that follows the figure
// (a `<br />` line end) is not part of it.
Location end_location(const SourceFile& source, Span plain) {
  return source.original_location(source.original_span(plain).end);
}

}  // namespace

void choose_candidate(MentionReport& report, const Figure& figure, const SourceFile& source) {
  report.figure = figure;
  report.problem.clear();
  report.candidates.clear();
  report.start = source.location(figure.span.begin);
  report.end = end_location(source, figure.span);
  report.span = source.original_span(figure.span);
  report.line_text = std::string(source.lines().line(report.start.line));
}

MentionReport resolve_mention(const MentionDecl& mention, const RuleFile& rules,
                              const SourceSet& sources) {
  MentionReport report;
  report.source_id = mention.source;
  report.quote = mention.quote;
  report.start = mention.quote_where;
  report.end = mention.quote_where;
  const LoadedSource* source = sources.find(rules, mention.source);
  if (!source) {
    report.problem = fmt::format("source '{}' could not be read", mention.source);
    return report;
  }
  report.path = source->file->path();
  report.primary = source->decl.primary;
  QuoteSearch search = source->quotes->find(mention.quote);
  if (search.matches.empty()) {
    report.problem = search.closest_text.empty()
                         ? "quote not found in the source"
                         : fmt::format("quote not found; the closest passage is \"{}\"", search.closest_text);
    report.closest = search.closest_text;
    if (!search.closest_text.empty()) {
      report.start = source->file->location(search.closest.begin);
      report.end = end_location(*source->file, search.closest);
      report.span = source->file->original_span(search.closest);
      report.quote_span = report.span;
    }
    return report;
  }
  Span match = search.matches.front();
  if (mention.occurrence) {
    std::size_t n = static_cast<std::size_t>(*mention.occurrence);
    if (n < 1 || n > search.matches.size()) {
      report.problem = fmt::format("occurrence: {} but the quote is found {} time(s)", n,
                                   search.matches.size());
      return report;
    }
    match = search.matches[n - 1];
  } else if (search.matches.size() > 1) {
    report.problem = fmt::format("the quote is found {} times; choose one with occurrence:",
                                 search.matches.size());
    report.start = source->file->location(match.begin);
    report.end = end_location(*source->file, match);
    return report;
  }
  report.quote_span = source->file->original_span(match);
  report.start = source->file->location(match.begin);
  report.end = end_location(*source->file, match);
  report.span = report.quote_span;
  report.line_text = std::string(source->file->lines().line(report.start.line));

  // Figures are sorted by start: take those that start inside the quote.
  std::vector<const Figure*> inside;
  auto it = std::lower_bound(source->figures.begin(), source->figures.end(), match.begin,
                             [](const Figure& f, std::size_t at) { return f.span.begin < at; });
  for (; it != source->figures.end() && it->span.begin < match.end; ++it) inside.push_back(&*it);
  const Figure* chosen = choose_figure(inside, mention, report.problem);
  if (!chosen) {
    if (!mention.figure_index && !mention.figure_text && inside.size() > 1)
      for (const Figure* f : inside) report.candidates.push_back(*f);
    return report;
  }
  choose_candidate(report, *chosen, *source->file);
  return report;
}

}  // namespace crosscheck
