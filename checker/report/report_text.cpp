#include "report/report_text.h"

#include "checks/check_context.h"
#include "engine/amount_format.h"
#include "text/language_detect.h"

#include <fmt/format.h>

namespace crosscheck {

std::string language_label(const SourceReport& source) {
  if (source.language.empty()) return "";
  const std::string_view how = source.language_detected ? "detected" : "given";
  if (const LanguageEntry* entry = find_language(source.language))
    return fmt::format("{} ({}), {}", entry->name, source.language, how);
  return fmt::format("{}, {}", source.language, how);
}

std::string provenance_label(const SourceReport& source) {
  if (source.sha256.empty()) return "";
  return fmt::format("{}, {} bytes, sha256 {}", source.format, source.size, source.sha256);
}

std::string page_label(const MentionReport& mention) {
  if (!mention.cell.empty()) return "cell " + mention.cell;
  if (mention.page == 0) return "";
  return fmt::format("page {}, line {}", mention.page, mention.page_line);
}

std::string bytes_label(const MentionReport& mention) {
  if (!mention.placed) return "";
  return fmt::format("bytes {}..{}", mention.span.begin, mention.span.end);
}

Place place_of(const MentionReport& m) {
  Place p;
  p.file = m.start.file.empty() ? m.path : m.start.file;
  p.line = m.start.line;
  p.column = m.start.column;
  p.end_line = m.end.line;
  p.end_column = m.end.column;
  if (p.line == 0) p = Place{p.file};
  if (p.end_line < p.line || (p.end_line == p.line && p.end_column < p.column)) {
    p.end_line = p.line;
    p.end_column = p.column;
  }
  return p;
}

Place place_of_rule(const Finding& f) {
  return Place{f.rule.file, f.rule.line, f.rule.column, f.rule.line, f.rule.column};
}

std::string to_string(const Place& p) {
  if (p.line == 0) return p.file;
  if (p.column == 0) return fmt::format("{}:{}", p.file, p.line);
  return fmt::format("{}:{}:{}", p.file, p.line, p.column);
}

const MentionReport* primary_mention(const Finding& f) {
  for (const MentionReport& m : f.mentions)
    if (m.primary && m.start.line) return &m;
  for (const MentionReport& m : f.mentions)
    if (m.start.line) return &m;
  return f.mentions.empty() ? nullptr : &f.mentions.front();
}

bool is_problem(const Finding& f) { return f.status != Status::pass && !f.waived && !f.baselined; }

std::string_view status_label(const Finding& f) {
  if (f.waived) return "waived";
  if (f.baselined) return "baselined";
  return to_string(f.status);
}

std::string finding_code(const Finding& f) {
  if (f.status == Status::unresolved) return "unresolved";
  if (f.status == Status::pass) return "pass";
  if (f.kind == "agree") return "disagree";
  return f.kind;
}

std::string value_label(const MentionReport& m) {
  if (!m.problem.empty()) return m.problem;
  if (!m.normalised) return "";
  std::string label = describe_normalised(*m.normalised);
  if (!m.normalised->rate.empty()) label += " at " + m.normalised->rate;
  return label;
}

std::string delta_label(const Finding& f) {
  if (!f.delta) return "";
  // Days have no ratio or share: how many days apart says it.
  if (f.delta->unit == "date")
    return fmt::format("{} {} apart", format_number(f.delta->absolute), f.delta->absolute == 1 ? "day" : "days");
  return fmt::format("{} ({}%, ratio {})", describe_amount(f.delta->absolute, f.delta->unit),
                     format_number(f.delta->relative * 100, 3), format_number(f.delta->ratio, 4));
}

std::string kind_summary(std::string_view kind) {
  for (const CheckKind& k : check_kinds())
    if (k.id == kind || (k.id.size() == kind.size() + 1 && k.id.starts_with(kind) && k.id.back() == 's'))
      return std::string(k.summary);
  return fmt::format("a built-in check of kind {} holds", kind);
}

std::size_t severity_index(Severity severity) {
  switch (severity) {
    case Severity::error: return 0;
    case Severity::warning: return 1;
    case Severity::info: return 2;
  }
  return 0;
}

std::size_t StatusCounts::row_total(std::size_t status) const {
  std::size_t n = 0;
  for (std::size_t c : counts[status]) n += c;
  return n;
}

std::size_t StatusCounts::column_total(std::size_t severity) const {
  std::size_t n = 0;
  for (const auto& row : counts) n += row[severity];
  return n;
}

std::size_t StatusCounts::total() const {
  std::size_t n = 0;
  for (std::size_t s = 0; s < counts.size(); ++s) n += row_total(s);
  return n;
}

StatusCounts count_by_status(const Report& report) {
  StatusCounts c;
  for (const Finding& f : report.findings) {
    std::string_view status = status_label(f);
    std::size_t row = 0;
    while (row + 1 < kStatusLabels.size() && kStatusLabels[row] != status) ++row;
    c.counts[row][severity_index(f.severity)] += 1;
  }
  return c;
}

}  // namespace crosscheck
