#include "report/writers.h"

#include <array>

namespace crosscheck {

namespace {
constexpr std::array<ReportFormat, 2> kFormats{{
    {"console", "txt", "compiler-like text with source snippets (default, to stdout)", write_console},
    {"json", "json", "crosscheck.report/1 JSON document", write_json},
}};
}  // namespace

std::span<const ReportFormat> report_formats() { return kFormats; }

const ReportFormat* find_report_format(std::string_view name) {
  for (const ReportFormat& f : kFormats)
    if (f.name == name) return &f;
  return nullptr;
}

}  // namespace crosscheck
