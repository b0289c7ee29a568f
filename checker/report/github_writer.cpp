// GitHub Actions workflow commands: one ::error / ::warning / ::notice annotation per failed or
// unresolved check that is neither waived nor baselined, at its primary mention, then a plain summary line.
// Properties are escaped with % CR LF : , and the message with % CR LF, so that no document text
// can end a command or start another one.
#include "report/escape.h"
#include "report/report_text.h"
#include "report/writers.h"

#include <fmt/format.h>

#include <string>

namespace crosscheck {

namespace {

std::string_view command_of(Severity severity) {
  switch (severity) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::info: return "notice";
  }
  return "error";
}

std::string message_of(const Finding& f, const MentionReport* primary) {
  std::string text = f.message;
  for (const MentionReport& m : f.mentions) {
    if (&m == primary) continue;
    text += fmt::format("\nalso {} ({}): \"{}\"", to_string(place_of(m)), m.source_id, m.quote);
    std::string value = value_label(m);
    if (!value.empty()) text += " — " + value;
  }
  if (f.status == Status::fail && f.delta) text += "\ndifference: " + delta_label(f);
  for (const Diagnosis& d : f.diagnosis) {
    text += fmt::format("\nhint: {}: {}", d.code, d.message);
    if (!d.suggestion.empty()) text += "\nhelp: " + d.suggestion;
  }
  return text;
}

void write_annotation(const Finding& f, std::ostream& out) {
  const MentionReport* primary = primary_mention(f);
  Place place = primary && primary->start.line ? place_of(*primary) : place_of_rule(f);
  if (place.line == 0 && primary) place = place_of(*primary);
  std::string properties;
  auto add = [&](std::string_view name, const std::string& value) {
    properties += fmt::format("{}{}={}", properties.empty() ? "" : ",", name, github_escape_property(value));
  };
  if (!place.file.empty()) add("file", place.file);
  if (place.line) {
    add("line", std::to_string(place.line));
    add("endLine", std::to_string(place.end_line));
    // GitHub uses columns only within one line.
    if (place.column && place.end_line == place.line) {
      add("col", std::to_string(place.column));
      add("endColumn", std::to_string(place.end_column));
    }
  }
  add("title", fmt::format("crosscheck {}: {}", finding_code(f), f.check));
  out << "::" << command_of(f.severity) << ' ' << properties
      << "::" << github_escape_data(message_of(f, primary)) << '\n';
}

}  // namespace

void write_github(const Report& report, const WriterOptions&, std::ostream& out) {
  for (const Finding& f : report.findings)
    if (is_problem(f)) write_annotation(f, out);
  const Summary& s = report.summary;
  out << fmt::format("crosscheck: {} check{}: {} passed, {} failed ({} error, {} warning, {} info), {} "
                     "unresolved, {} waived",
                     s.checks, s.checks == 1 ? "" : "s", s.passed, s.failed, s.failed_error,
                     s.failed_warning, s.failed_info, s.unresolved, s.waived);
  if (s.baselined) out << ", " << s.baselined << " baselined";
  out << '\n';
}

}  // namespace crosscheck
