// JUnit XML for CI test reporters: one testsuite per rule file, one testcase per check
// (classname = the check kind, name = the check id). A failed check is a <failure>; one that
// could not be resolved is an <error> (the test could not run as written); a waived one, or a
// known failure of the --baseline file, is <skipped>. No times or host names: the report is deterministic.
#include "report/escape.h"
#include "report/report_text.h"
#include "report/writers.h"

#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <vector>

namespace crosscheck {

namespace {

struct Counts {
  std::size_t tests = 0, failures = 0, errors = 0, skipped = 0;
  void add(const Finding& f) {
    ++tests;
    if (f.waived || f.baselined) ++skipped;
    else if (f.status == Status::fail) ++failures;
    else if (f.status == Status::unresolved) ++errors;
  }
  std::string attributes() const {
    return fmt::format("tests=\"{}\" failures=\"{}\" errors=\"{}\" skipped=\"{}\" time=\"0\"", tests,
                       failures, errors, skipped);
  }
};

std::string details(const Finding& f) {
  std::string text = fmt::format("{}[{}]: {}: {}\n", to_string(f.severity), finding_code(f), f.check,
                                 f.message);
  if (!f.about.empty()) text += "about: " + f.about + '\n';
  for (const MentionReport& m : f.mentions) {
    text += fmt::format("  --> {}  ({})\n", to_string(place_of(m)), m.source_id);
    text += fmt::format("      quote: \"{}\"\n", m.quote);
    if (m.figure) text += fmt::format("      figure: {}\n", m.figure->text);
    std::string value = value_label(m);
    if (!value.empty()) text += fmt::format("      {}: {}\n", m.problem.empty() ? "value" : "problem", value);
  }
  if (f.status == Status::fail && f.delta) text += "  = difference: " + delta_label(f) + '\n';
  for (const Diagnosis& d : f.diagnosis) {
    text += fmt::format("  = hint: {}: {}\n", d.code, d.message);
    if (!d.suggestion.empty()) text += "  = help: " + d.suggestion + '\n';
  }
  text += fmt::format("  declared at {}\n", to_string(place_of_rule(f)));
  return text;
}

void write_case(const Finding& f, std::ostream& out) {
  std::string suite_file = f.rule.file;
  out << "    <testcase classname=\"" << xml_escape(f.kind) << "\" name=\"" << xml_escape(f.check)
      << "\"";
  if (!suite_file.empty()) out << " file=\"" << xml_escape(suite_file) << "\" line=\"" << f.rule.line << "\"";
  out << " time=\"0\"";
  if (f.status == Status::pass && !f.waived && !f.baselined) {
    out << "/>\n";
    return;
  }
  out << ">\n";
  if (f.waived) {
    out << "      <skipped message=\"" << xml_escape("waived: " + f.waiver_reason) << "\"/>\n";
  } else if (f.baselined) {
    out << "      <skipped message=\"" << xml_escape("baselined: a known failure: " + f.message) << "\"/>\n";
  } else {
    std::string_view element = f.status == Status::fail ? "failure" : "error";
    out << "      <" << element << " message=\"" << xml_escape(f.message) << "\" type=\""
        << xml_escape(finding_code(f)) << "\">" << xml_cdata(details(f)) << "</" << element << ">\n";
  }
  out << "    </testcase>\n";
}

// The sources as suite properties (JUnit has no place of its own for them): path, the language
// each was read in (source.csis.language = "en (detected)"), and what was read: format, size and
// SHA-256.
void write_sources(const Report& report, std::ostream& out) {
  if (report.sources.empty()) return;
  out << "    <properties>\n";
  for (const SourceReport& s : report.sources) {
    out << "      <property name=\"" << xml_escape("source." + s.id + ".path") << "\" value=\""
        << xml_escape(s.path) << "\"/>\n";
    out << "      <property name=\"" << xml_escape("source." + s.id + ".language") << "\" value=\""
        << xml_escape(s.language.empty() ? "" : s.language + (s.language_detected ? " (detected)" : " (given)"))
        << "\"/>\n";
    if (s.sha256.empty()) continue;
    out << "      <property name=\"" << xml_escape("source." + s.id + ".format") << "\" value=\""
        << xml_escape(s.format) << "\"/>\n";
    out << "      <property name=\"" << xml_escape("source." + s.id + ".size") << "\" value=\"" << s.size
        << "\"/>\n";
    out << "      <property name=\"" << xml_escape("source." + s.id + ".sha256") << "\" value=\""
        << xml_escape(s.sha256) << "\"/>\n";
  }
  out << "    </properties>\n";
}

}  // namespace

void write_junit(const Report& report, const WriterOptions&, std::ostream& out) {
  // Suites in the order of the rule files, then findings with no rule file (built-in checks).
  std::vector<std::string> suites = report.rule_files;
  for (const Finding& f : report.findings)
    if (std::find(suites.begin(), suites.end(), f.rule.file) == suites.end()) suites.push_back(f.rule.file);
  Counts total;
  for (const Finding& f : report.findings) total.add(f);

  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out << "<testsuites name=\"crosscheck\" " << total.attributes() << ">\n";
  for (const std::string& suite : suites) {
    Counts counts;
    for (const Finding& f : report.findings)
      if (f.rule.file == suite) counts.add(f);
    if (counts.tests == 0) continue;
    out << "  <testsuite name=\"" << xml_escape(suite.empty() ? "crosscheck" : suite) << "\" "
        << counts.attributes() << ">\n";
    write_sources(report, out);
    for (const Finding& f : report.findings)
      if (f.rule.file == suite) write_case(f, out);
    out << "  </testsuite>\n";
  }
  out << "</testsuites>\n";
}

}  // namespace crosscheck
