// Reads rule files (YAML) into the model, reporting every error as file:line:column.
#pragma once

#include "base/diagnostic.h"
#include "base/disposer.h"
#include "model/rule_file.h"

#include <optional>
#include <string>
#include <vector>

namespace crosscheck {

// The format (SPEC §3), as read here:
//
//   crosscheck: 1                 required in a main file; an included file may leave it out
//   title, defaults: {tolerance, severity, currency, approximations: {about: 5%, ...}}
//   builtins:                     built-in checks on or off (by default conversion-pairs is on and
//     conversion-pairs: false     sum-statements off); unknown names are errors
//     sum-statements: true
//   rates: a file or a list, include: a file or a list — relative to the file that names them.
//     An included file may hold only crosscheck, include, rates, sources, claims and checks; its
//     sources, claims and checks merge into the main file after the main file's own.
//   sources / claims / checks: maps keyed by snake_case ids, unique across a file and its
//     includes (a claim and a check may not share one).
//   mentions: {src: "quote"}, {src: {quote: ..., figure, occurrence, as_of, value}}, or a list of
//     {source: src, quote: ..., ...}. `figure: 2` (plain) is an index; quoted or wordy, a text.
//
// Files are refused before yaml-cpp sees them when over 8 MiB, binary (NUL), not UTF-8, or nested
// deeper than 64 levels. Errors of a load come out grouped by file, in order of position.

// Loads one rule file (and its `include:`s). Returns nullopt when it has any error; every error
// goes to `sink`, with "did you mean" for misspelt keys and ids.
std::optional<RuleFile> load_rule_file(const std::string& path, DiagnosticSink& sink);

// The same, with the rule file's text given rather than read (an editor's unsaved buffer): its
// includes, sources and rates are still read from disk, relative to `path`.
std::optional<RuleFile> load_rule_text(const std::string& path, std::string text, DiagnosticSink& sink);
// The main file at `main_path` with the text of `text_path`, a file it includes, given.
std::optional<RuleFile> load_rule_text(const std::string& main_path, const std::string& text_path, std::string text,
                                       DiagnosticSink& sink);

// Expands files and folders (a folder gives its *.yaml / *.yml files, sorted; files named by an
// `include:` of another are not loaded on their own) and loads them all. Errors of all files are
// collected; the result is empty when any failed. The files named are read on up to `jobs`
// threads; the result and the messages do not depend on it. A `disposer` frees the files' YAML
// trees while the caller goes on.
std::vector<RuleFile> load_rule_paths(const std::vector<std::string>& paths, DiagnosticSink& sink,
                                      unsigned jobs = 1, Disposer* disposer = nullptr);

}  // namespace crosscheck
