// Reads rule files (YAML) into the model, reporting every error as file:line:column.
#pragma once

#include "base/diagnostic.h"
#include "model/rule_file.h"

#include <optional>
#include <string>
#include <vector>

namespace crosscheck {

// Loads one rule file (and its `include:`s). Returns nullopt when it has any error; every error
// goes to `sink`, with "did you mean" for misspelt keys and ids.
std::optional<RuleFile> load_rule_file(const std::string& path, DiagnosticSink& sink);

// Expands files and folders (a folder gives its *.yaml / *.yml files, sorted; files named by an
// `include:` of another are not loaded on their own) and loads them all. Errors of all files are
// collected; the result is empty when any failed.
std::vector<RuleFile> load_rule_paths(const std::vector<std::string>& paths, DiagnosticSink& sink);

}  // namespace crosscheck
