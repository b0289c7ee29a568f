// Report formats: one writer per format, all registered in one table.
#pragma once

#include "engine/finding.h"

#include <ostream>
#include <span>
#include <string_view>

namespace crosscheck {

// The JSON report's schema id (docs/report-schema.json); a new version when a field changes meaning
// or a required one is added.
inline constexpr std::string_view kReportSchema = "crosscheck.report/2";

struct WriterOptions {
  bool color = false;    // ANSI colours (console only)
  bool verbose = false;  // passes and assumptions too
  std::string tool_version;
};

using WriterFunction = void (*)(const Report& report, const WriterOptions& options, std::ostream& out);

struct ReportFormat {
  std::string_view name;       // as given to --report
  std::string_view extension;  // of the default file name
  std::string_view summary;
  WriterFunction write;
};

std::span<const ReportFormat> report_formats();
const ReportFormat* find_report_format(std::string_view name);

// The writers, each in its own file.
void write_console(const Report&, const WriterOptions&, std::ostream&);
void write_json(const Report&, const WriterOptions&, std::ostream&);
void write_sarif(const Report&, const WriterOptions&, std::ostream&);
void write_junit(const Report&, const WriterOptions&, std::ostream&);
void write_markdown(const Report&, const WriterOptions&, std::ostream&);
void write_github(const Report&, const WriterOptions&, std::ostream&);
void write_html(const Report&, const WriterOptions&, std::ostream&);

}  // namespace crosscheck
