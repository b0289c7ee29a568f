#include "engine/finding.h"

namespace crosscheck {

std::string_view to_string(Status status) {
  switch (status) {
    case Status::pass: return "pass";
    case Status::fail: return "fail";
    case Status::unresolved: return "unresolved";
  }
  return "unresolved";
}

Summary summarise(const std::vector<Finding>& findings) {
  Summary s;
  for (const Finding& f : findings) {
    ++s.checks;
    if (f.waived) {
      ++s.waived;
      continue;
    }
    if (f.baselined) {
      ++s.baselined;
      continue;
    }
    switch (f.status) {
      case Status::pass: ++s.passed; break;
      case Status::unresolved: ++s.unresolved; break;
      case Status::fail:
        ++s.failed;
        if (f.severity == Severity::error) ++s.failed_error;
        if (f.severity == Severity::warning) ++s.failed_warning;
        if (f.severity == Severity::info) ++s.failed_info;
        break;
    }
  }
  return s;
}

bool counts_as_failure(const Finding& finding, Severity threshold) {
  if (finding.waived || finding.baselined || finding.status == Status::pass) return false;
  return static_cast<int>(finding.severity) >= static_cast<int>(threshold);
}

}  // namespace crosscheck
