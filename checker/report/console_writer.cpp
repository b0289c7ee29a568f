// The console report, laid out like a compiler's diagnostics (rustc / codespan): a header line,
// each mention with its location, source line and carets, then hints.
#include "engine/amount_format.h"
#include "report/report_text.h"
#include "report/snippet.h"
#include "report/writers.h"

#include <fmt/format.h>

#include <algorithm>
#include <ostream>

namespace crosscheck {

namespace {

struct Style {
  bool color;
  std::string paint(std::string_view text, std::string_view code) const {
    if (!color) return std::string(text);
    return fmt::format("\x1b[{}m{}\x1b[0m", code, text);
  }
};

std::string_view severity_colour(Severity severity) {
  switch (severity) {
    case Severity::error: return "1;31";
    case Severity::warning: return "1;33";
    case Severity::info: return "1;34";
  }
  return "1";
}

// `gutter` is the width of the widest line number of the finding, so that its bars line up.
// `verbose` adds the byte offsets of the figure in the original file (provenance).
void write_mention(const MentionReport& m, std::size_t gutter_width, bool verbose, const Style& style,
                   std::ostream& out) {
  std::string place = m.path.empty() ? m.start.file : m.path;
  std::string gutter_number = m.start.line ? std::to_string(m.start.line) : "";
  std::string pad(gutter_width, ' ');
  out << pad << style.paint("--> ", "1;34") << place;
  if (m.start.line) out << ':' << m.start.line << ':' << m.start.column;
  out << "  (" << m.source_id << (!page_label(m).empty() ? ", " + page_label(m) : "") << ")\n";
  const auto write_bytes = [&] {
    if (verbose && m.placed) out << pad << " = " << bytes_label(m) << '\n';
  };
  if (m.line_text.empty() || m.start.line == 0) {
    std::string label = value_label(m);
    if (!label.empty()) out << pad << " = " << label << '\n';
    write_bytes();
    return;
  }
  // The line as a reader sees it: columns counted in it, not in the original (tags removed).
  const std::string_view line = m.line_text;
  const std::size_t begin = std::min(m.line_figure.begin, line.size());
  const std::size_t end = std::clamp(m.line_figure.end, begin, line.size());
  const std::size_t column = code_points(line.substr(0, begin)) + 1;
  const std::size_t width = std::max<std::size_t>(1, code_points(line.substr(begin, end - begin)));
  Snippet s = make_snippet(line, column, width);
  std::string gutter = std::string(pad.size() - gutter_number.size(), ' ') + gutter_number;
  out << pad << style.paint(" |", "1;34") << '\n';
  out << style.paint(gutter + " |", "1;34") << ' ' << s.text << '\n';
  std::string marks(s.width, m.primary ? '^' : '-');
  std::string label = value_label(m);
  out << pad << style.paint(" |", "1;34") << ' ' << std::string(s.column - 1, ' ')
      << style.paint(marks, m.primary ? "1;31" : "1;34") << (label.empty() ? "" : " ") << label
      << '\n';
  write_bytes();
}

void write_finding(const Finding& f, bool verbose, const Style& style, std::ostream& out) {
  std::string severity = f.status == Status::pass ? "pass" : std::string(to_string(f.severity));
  std::string head = f.waived ? "waived " + severity : f.baselined ? "baselined " + severity : severity;
  out << style.paint(fmt::format("{}[{}]", head, finding_code(f)), severity_colour(f.severity)) << ": "
      << style.paint(f.check, "1") << ": " << f.message << '\n';
  std::size_t gutter_width = 2;
  for (const MentionReport& m : f.mentions)
    gutter_width = std::max(gutter_width, std::to_string(m.start.line).size());
  for (const MentionReport& m : f.mentions) write_mention(m, gutter_width, verbose, style, out);
  if (f.delta && f.status == Status::fail)
    out << std::string(gutter_width + 1, ' ') << "= difference: " << delta_label(f) << '\n';
  for (const Diagnosis& d : f.diagnosis) {
    out << std::string(gutter_width + 1, ' ') << "= " << style.paint("hint", "1") << ": " << d.code << ": " << d.message << '\n';
    if (!d.suggestion.empty()) out << std::string(gutter_width + 1, ' ') << "= " << style.paint("help", "1") << ": " << d.suggestion << '\n';
  }
  if (f.confidence) {  // figures paired with no rule file: how sure, and why
    out << std::string(gutter_width + 1, ' ') << fmt::format("= confidence: {:.2f}", *f.confidence) << '\n';
    for (const Signal& signal : f.signals)
      out << std::string(gutter_width + 1, ' ')
          << fmt::format("= signal: {} ({:.2f}): {}", signal.name, signal.weight, signal.detail) << '\n';
  }
  if (f.waived) out << std::string(gutter_width + 1, ' ') << "= note: waived: " << f.waiver_reason << '\n';
  out << '\n';
}

}  // namespace

void write_console(const Report& report, const WriterOptions& options, std::ostream& out) {
  Style style{options.color};
  for (const Finding& f : report.findings)
    if (f.status != Status::pass || options.verbose) write_finding(f, options.verbose, style, out);
  if (options.verbose) {
    for (const SourceReport& s : report.sources) {
      out << "note: source " << s.id << " (" << s.path << ") read as " << language_label(s) << '\n';
      if (!s.sha256.empty()) out << "note: source " << s.id << ": " << provenance_label(s) << '\n';
    }
    for (const std::string& note : report.notes) out << "note: " << note << '\n';
  }
  const Summary& s = report.summary;
  out << fmt::format("{} check{}: {} passed, {} failed ({} error, {} warning, {} info), {} "
                     "unresolved, {} waived",
                     s.checks, s.checks == 1 ? "" : "s", s.passed, s.failed, s.failed_error,
                     s.failed_warning, s.failed_info, s.unresolved, s.waived);
  if (s.baselined) out << fmt::format(", {} baselined", s.baselined);
  out << '\n';
}

}  // namespace crosscheck
