// The style sheet and script embedded in the HTML report; the report's Content-Security-Policy
// allows exactly these two blocks by their SHA-256 hashes.
#pragma once

#include <string_view>

namespace crosscheck {

extern const std::string_view kHtmlReportStyle;
extern const std::string_view kHtmlReportScript;

}  // namespace crosscheck
