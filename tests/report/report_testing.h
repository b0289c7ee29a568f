// Shared by the report tests: a hand-built report full of hostile text, the seed and hostile
// fixture reports, and helpers to write a report and to run external validators.
#pragma once

#include "engine/finding.h"

#include <filesystem>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace crosscheck::testing {

// Text that tries to be markup in every format: script tags, CDATA ends, GitHub command syntax,
// Markdown specials, line breaks, control characters, U+FFFE and non-ASCII.
extern const std::string kHostile;

// A report built by hand: one failure, one unresolved finding, one waived, one pass, with
// kHostile in every text field (title, sources, quotes, lines, messages, diagnoses).
Report hostile_report();

// discover's report (conflicts and matrix) and verify's (the plain article as the draft) over the
// hostile fixture's two texts.
std::pair<Report, Report> hostile_pairing_reports();

// Loads rule files and evaluates them as `crosscheck check` does, with a fixed "today".
Report run_rules(const std::vector<std::string>& paths);

// The output of the format named `format` for `report`.
std::string render(std::string_view format, const Report& report, bool verbose = false);

// A folder for test artifacts next to the test executable (one per build preset); created.
std::filesystem::path artifact_dir();

void write_text(const std::filesystem::path& path, std::string_view text);
std::string read_text(const std::filesystem::path& path);

// A shell command's exit status (and its output, stdout and stderr together).
int run_command(const std::string& command, std::string& output);

// Whether `program` is on PATH.
bool have_program(std::string_view program);

// Single-quoted for the shell.
std::string shell_quote(std::string_view text);

}  // namespace crosscheck::testing
