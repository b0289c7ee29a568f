// What several report formats say alike about a finding: its place, its code, its labels.
#pragma once

#include "engine/finding.h"

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

namespace crosscheck {

// Where a mention points, as file:line:column to line:column (columns in code points, the end
// just past the last character). `line` is 0 when the mention has no place in a file.
struct Place {
  std::string file;
  std::size_t line = 0, column = 0, end_line = 0, end_column = 0;
};

// The file is the one the location belongs to: the source, or the rule file when the quote could
// not be placed in its source.
Place place_of(const MentionReport& mention);
// The place of the rule declaration of a finding.
Place place_of_rule(const Finding& finding);
// "path:line:column", leaving out what is not known.
std::string to_string(const Place& place);

// The mention a report puts first: the one marked primary, else the first with a place.
const MentionReport* primary_mention(const Finding& finding);

// Failed or unresolved, neither waived nor baselined: what CI formats report as problems.
bool is_problem(const Finding& finding);

// pass, fail, unresolved, baselined (a known failure listed in the --baseline file) or waived; a
// waived or baselined failure counts as neither fail nor unresolved.
std::string_view status_label(const Finding& finding);
constexpr std::array<std::string_view, 5> kStatusLabels{"fail", "unresolved", "baselined", "waived", "pass"};
constexpr std::array<std::string_view, 3> kSeverityLabels{"error", "warning", "info"};
// The index of a severity in kSeverityLabels.
std::size_t severity_index(Severity severity);

// The console's code: disagree for a failed agreement, unresolved, pass, else the kind.
std::string finding_code(const Finding& finding);

// A mention's value for people: the normalised value and the rate used, or why it is missing.
std::string value_label(const MentionReport& mention);

// "4 vessels (66.7%, ratio 3)", or empty when there is no delta.
std::string delta_label(const Finding& finding);

// The language a source was read in and how it was chosen: "Vietnamese (vi), detected",
// "de, given"; empty when the source was not loaded.
std::string language_label(const SourceReport& source);

// "text, 12345 bytes, sha256 0123…": what was read of a source (its provenance); empty when the
// source was not read.
std::string provenance_label(const SourceReport& source);

// Where a mention is beyond line and column: "page 2, line 14" in a PDF, "cell B2 (row “Adana”,
// column “deaths”)" in a table; empty for other sources.
std::string page_label(const MentionReport& mention);

// "bytes 120..131": where a mention's figure (or quote) is in the original file; empty when the
// mention was not placed in its source.
std::string bytes_label(const MentionReport& mention);

// The one-line description of a check kind, from the check table.
std::string kind_summary(std::string_view kind);

// Counts by status label (kStatusLabels order) and severity (kSeverityLabels order).
struct StatusCounts {
  std::array<std::array<std::size_t, 3>, kStatusLabels.size()> counts{};
  std::size_t row_total(std::size_t status) const;
  std::size_t column_total(std::size_t severity) const;
  std::size_t total() const;
};
StatusCounts count_by_status(const Report& report);

}  // namespace crosscheck
