// Markdown for a pull-request comment: a summary table (status × severity), then one section per
// failed or unresolved check with its quoted passages, their places and values, and the hints.
// Document text is escaped (markdown_escape) and never starts a line, so it cannot make markup.
#include "report/escape.h"
#include "report/report_text.h"
#include "report/writers.h"

#include <fmt/format.h>

#include <algorithm>
#include <string>

namespace crosscheck {

namespace {

// A code span that holds `text` literally: the fence is longer than any run of backticks inside.
std::string code_span(std::string_view text) {
  std::string body;
  std::size_t run = 0, longest = 0;
  for (char c : sanitise_text(text)) {
    body += c == '\n' || c == '\r' ? ' ' : c;
    run = c == '`' ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  std::string fence(longest + 1, '`');
  bool pad = !body.empty() && (body.front() == '`' || body.back() == '`' || body.front() == ' ');
  return fence + (pad ? " " : "") + body + (pad ? " " : "") + fence;
}

void write_markdown_summary(const Report& report, std::ostream& out) {
  const Summary& s = report.summary;
  out << fmt::format("**{} failed** · {} unresolved · {} passed · {} waived", s.failed, s.unresolved, s.passed,
                     s.waived);
  if (s.baselined) out << " · " << s.baselined << " baselined";
  out << fmt::format(" · {} check{} in all\n\n", s.checks, s.checks == 1 ? "" : "s");
  StatusCounts counts = count_by_status(report);
  out << "| status | error | warning | info | total |\n";
  out << "|:--|--:|--:|--:|--:|\n";
  for (std::size_t row = 0; row < kStatusLabels.size(); ++row) {
    out << "| " << kStatusLabels[row];
    for (std::size_t c : counts.counts[row]) out << " | " << c;
    out << " | " << counts.row_total(row) << " |\n";
  }
  out << "| **total**";
  for (std::size_t col = 0; col < kSeverityLabels.size(); ++col) out << " | " << counts.column_total(col);
  out << " | " << counts.total() << " |\n\n";
}

void write_mention(const MentionReport& m, std::ostream& out) {
  out << "- **" << markdown_escape(m.source_id) << "**" << (m.primary ? " (primary)" : "") << " at "
      << code_span(to_string(place_of(m)));
  if (!page_label(m).empty()) out << ", " << markdown_escape(page_label(m));
  if (m.placed) out << " (" << bytes_label(m) << ")";
  std::string value = value_label(m);
  if (!value.empty()) out << (m.problem.empty() ? " — " : " — problem: ") << markdown_escape(value);
  out << "\n  > “" << markdown_escape(m.quote) << "”";
  if (m.figure) out << " — figure: “" << markdown_escape(m.figure->text) << "”";
  out << '\n';
}

void write_finding(const Finding& f, std::ostream& out) {
  out << "### " << to_string(f.severity) << ": " << code_span(f.check) << " ("
      << markdown_escape(finding_code(f)) << ")\n\n";
  out << "Check " << markdown_escape(f.kind) << ", declared at " << code_span(to_string(place_of_rule(f)))
      << ": " << markdown_escape(f.message) << "\n\n";
  if (!f.about.empty()) out << "About: *" << markdown_escape(f.about) << "*\n\n";
  for (const MentionReport& m : f.mentions) write_mention(m, out);
  out << '\n';
  if (f.status == Status::fail && f.delta) out << "- difference: " << markdown_escape(delta_label(f)) << '\n';
  for (const Diagnosis& d : f.diagnosis) {
    out << "- **hint** " << code_span(d.code) << ": " << markdown_escape(d.message) << '\n';
    if (!d.suggestion.empty()) out << "  - help: " << markdown_escape(d.suggestion) << '\n';
  }
  if ((f.status == Status::fail && f.delta) || !f.diagnosis.empty()) out << '\n';
}

}  // namespace

void write_markdown(const Report& report, const WriterOptions& options, std::ostream& out) {
  out << "## crosscheck";
  if (!report.title.empty()) out << ": " << markdown_escape(report.title);
  out << "\n\n";
  write_markdown_summary(report, out);
  for (const Finding& f : report.findings)
    if (is_problem(f)) write_finding(f, out);
  bool any_waived = std::any_of(report.findings.begin(), report.findings.end(),
                                [](const Finding& f) { return f.waived; });
  if (any_waived) {
    out << "### Waived\n\n";
    for (const Finding& f : report.findings)
      if (f.waived)
        out << "- " << code_span(f.check) << " (" << to_string(f.severity) << ", " << markdown_escape(finding_code(f))
            << "): " << markdown_escape(f.waiver_reason) << '\n';
    out << '\n';
  }
  bool any_baselined = std::any_of(report.findings.begin(), report.findings.end(),
                                   [](const Finding& f) { return f.baselined && !f.waived; });
  if (any_baselined) {
    out << "### Baselined (known failures)\n\n";
    for (const Finding& f : report.findings)
      if (f.baselined && !f.waived)
        out << "- " << code_span(f.check) << " (" << to_string(f.severity) << ", " << markdown_escape(finding_code(f))
            << "): " << markdown_escape(f.message) << '\n';
    out << '\n';
  }
  if (options.verbose) {
    out << "### Passed\n\n";
    for (const Finding& f : report.findings)
      if (f.status == Status::pass && !f.waived && !f.baselined)
        out << "- " << code_span(f.check) << ": " << markdown_escape(f.message) << '\n';
    out << '\n';
  }
  if (!report.sources.empty()) {
    out << "### Sources\n\n| source | file | read as | format | bytes | sha256 |\n|:--|:--|:--|:--|--:|:--|\n";
    for (const SourceReport& s : report.sources) {
      out << "| " << code_span(s.id) << " | " << markdown_escape(s.path) << " | " << markdown_escape(language_label(s))
          << " | ";
      if (s.sha256.empty()) out << "not read | | |\n";
      else out << markdown_escape(s.format) << " | " << s.size << " | " << code_span(s.sha256) << " |\n";
    }
    out << '\n';
  }
  out << "<sub>crosscheck " << markdown_escape(options.tool_version) << " · rule files:";
  for (const std::string& path : report.rule_files) out << ' ' << code_span(path);
  out << "</sub>\n";
}

}  // namespace crosscheck
