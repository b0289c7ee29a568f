#include "report/writers.h"

#include <array>

namespace crosscheck {

namespace {
constexpr auto kFormats = std::to_array<ReportFormat>({
    {"console", "txt", "compiler-like text with source snippets (default, to stdout)", write_console},
    {"json", "json", "crosscheck.report/2 JSON document", write_json},
    {"sarif", "sarif", "SARIF 2.1.0 for code scanning (one result per failed check)", write_sarif},
    {"junit", "junit.xml", "JUnit XML for CI test reporters (one testcase per check)", write_junit},
    {"markdown", "md", "Markdown for a pull-request comment", write_markdown},
    {"github", "github.txt", "GitHub Actions ::error annotations", write_github},
    {"html", "html", "self-contained HTML audit report with filters", write_html},
});
}  // namespace

std::span<const ReportFormat> report_formats() { return kFormats; }

const ReportFormat* find_report_format(std::string_view name) {
  for (const ReportFormat& f : kFormats)
    if (f.name == name) return &f;
  return nullptr;
}

}  // namespace crosscheck
