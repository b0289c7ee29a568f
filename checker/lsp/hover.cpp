// Hover: on a quote, the figure read with its interval and normalised value (the rate and date
// when money was converted); on a claim id, its mentions' values and the claim's status.
#include "engine/amount_format.h"
#include "figures/extractor.h"
#include "lsp/diagnostics.h"
#include "lsp/features.h"
#include "lsp/targets.h"
#include "report/report_text.h"

#include <fmt/format.h>

namespace crosscheck::lsp {

namespace {

using nlohmann::json;

// Markdown code spans cannot hold a backtick; quotes rarely do.
std::string code(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c == '`' || c == '\n' || c == '\r') c = c == '`' ? '\'' : ' ';
  return "`" + out + "`";
}

std::string figure_lines(const Figure& f) {
  std::string kind(to_string(f.kind));
  std::string unit = f.unit.empty() ? "" : fmt::format(" ({})", f.unit);
  std::string out = fmt::format("**{}** — {}{}\n\n", code(f.text), kind, unit);
  if (f.kind == FigureKind::date || f.kind == FigureKind::date_range) {
    if (f.date) out += fmt::format("- date: {}\n", to_string(*f.date));
    if (f.date_end) out += fmt::format("- to: {}\n", to_string(*f.date_end));
  } else {
    out += fmt::format("- value: {}\n", format_number(f.value));
  }
  out += fmt::format("- interval: {}\n", to_string(f.interval));
  if (f.qualifier != Qualifier::none) out += fmt::format("- qualifier: {}\n", code(f.qualifier_text));
  if (!f.assumption.empty()) out += fmt::format("- assumed: {}\n", f.assumption);
  return out;
}

std::string normalised_lines(const Normalised& n) {
  std::string out = fmt::format("- normalised: {}\n", describe_normalised(n));
  if (n.unit != "date") out += fmt::format("- normalised interval: {} {}\n", to_string(n.interval), n.unit);
  if (!n.rate.empty()) out += fmt::format("- rate: {}\n", n.rate);
  if (n.conversion_date) out += fmt::format("- conversion date: {}\n", to_string(*n.conversion_date));
  if (n.one_sided) out += "- one-sided: the interval is a bound\n";
  return out;
}

std::string mention_text(const MentionReport& m) {
  std::string out;
  if (m.figure) out += figure_lines(*m.figure);
  if (m.normalised) out += normalised_lines(*m.normalised);
  if (!m.problem.empty()) out += fmt::format("\n**{}**\n", m.problem);
  if (!m.closest.empty()) out += fmt::format("\nclosest passage: {}\n", code(m.closest));
  if (!m.figure && !m.candidates.empty()) {
    out += "\nfigures in the quote:\n";
    for (const Figure& c : m.candidates) out += fmt::format("- {} ({})\n", code(c.text), to_string(c.kind));
  }
  if (m.start.line) out += fmt::format("\nin {}\n", to_string(place_of(m)));
  return out;
}

std::string claim_text(const Analysis& a, const Target& t) {
  const Finding* f = a.agreement(t.id);
  std::string out = fmt::format("**claim {}**", code(t.id));
  if (f) out += fmt::format(" — {}", status_label(*f));
  out += "\n\n";
  if (t.claim && !t.claim->about.empty()) out += t.claim->about + "\n\n";
  if (!f) {
    if (t.claim && t.claim->value) out += fmt::format("value: {}\n", code(*t.claim->value));
    else if (!t.claim) out += "not a claim of this file\n";
    return out;
  }
  for (const MentionReport& m : f->mentions) {
    std::string who = m.source_id.empty() ? "value" : m.source_id;
    std::string figure = m.figure ? code(m.figure->text) : code(m.quote);
    std::string value = value_label(m);
    out += fmt::format("- {}: {}{}{}\n", who, figure, value.empty() ? "" : " → ", value);
  }
  if (f->status != Status::pass) {
    out += fmt::format("\n{}\n", f->message);
    if (f->delta) out += fmt::format("\ndifference: {}\n", delta_label(*f));
    for (const Diagnosis& d : f->diagnosis)
      out += fmt::format("\n*{}*: {}{}{}\n", d.code, d.message, d.suggestion.empty() ? "" : " — ", d.suggestion);
  }
  return out;
}

std::string source_text(const Analysis& a, const Target& t) {
  if (!t.source) return fmt::format("unknown source {}\n", code(t.id));
  const SourceDecl& s = *t.source;
  std::string out = fmt::format("**source {}** — {}\n\n", code(s.id), code(s.path));
  for (auto [label, value] : {std::pair{"title", &s.title}, {"publisher", &s.publisher}, {"author", &s.author}}) {
    if (!value->empty()) out += fmt::format("- {}: {}\n", label, *value);
  }
  if (s.published) out += fmt::format("- published: {}\n", to_string(*s.published));
  if (s.primary) out += "- primary source\n";
  if (a.report)
    for (const SourceReport& r : a.report->sources)
      if (r.id == s.id && !r.language.empty()) out += fmt::format("- language: {}\n", language_label(r));
  return out;
}

}  // namespace

json hover_at(const FeatureContext& context, std::size_t offset) {
  const Analysis* a = context.analysis;
  if (!a || a->text != context.document.text) return nullptr;
  Target t = target_at(*a, offset);
  std::string text;
  switch (t.kind) {
    case Target::Kind::none: return nullptr;
    case Target::Kind::quote:
    case Target::Kind::value: {
      const Finding* f = a->agreement(t.claim->id);
      if (!f || t.mention >= f->mentions.size()) {
        // A claim with only a literal value is a constant: the literal as the figure grammar reads it.
        std::optional<Figure> literal;
        if (t.kind == Target::Kind::value && t.claim->value) literal = parse_figure_literal(*t.claim->value);
        text = literal ? figure_lines(*literal)
               : t.kind == Target::Kind::value ? fmt::format("value of claim {}: not one figure\n", code(t.claim->id))
                                               : "not checked: the rule file or its sources have errors\n";
        break;
      }
      text = mention_text(f->mentions[t.mention]);
      break;
    }
    case Target::Kind::claim: text = claim_text(*a, t); break;
    case Target::Kind::source: text = source_text(*a, t); break;
  }
  TextPositions positions(context.document.text);
  return {{"contents", {{"kind", "markdown"}, {"value", text}}},
          {"range", range_json(positions.range(t.begin, t.end, context.encoding))}};
}

}  // namespace crosscheck::lsp
