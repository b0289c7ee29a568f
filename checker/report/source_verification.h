// `check --verify-sources REPORT.json`: do the sources a JSON report names still hold the bytes it
// was made from? Each is read again and its SHA-256 and size compared with the report's.
#pragma once

#include "base/diagnostic.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace crosscheck {

struct SourceVerification {
  std::string id, path;
  std::string expected_sha256, actual_sha256;  // actual: empty when the file could not be read
  std::uint64_t expected_size = 0, actual_size = 0;
  std::string problem;  // "changed", "no such file"...; empty when the bytes match
};

// One entry per source of the report that was read when it was made (in report order), each
// path taken as the report gives it (relative to the directory the check ran in). Nullopt, with the
// reason in `sink`, when the file is not a crosscheck JSON report with source hashes.
std::optional<std::vector<SourceVerification>> verify_report_sources(const std::string& report_path,
                                                                     DiagnosticSink& sink);

}  // namespace crosscheck
