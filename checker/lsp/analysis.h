// One rule file checked as `lint` and `check` check it, from an editor's unsaved text: what the
// diagnostics, hovers and jumps of the language server are read from.
#pragma once

#include "base/diagnostic.h"
#include "engine/finding.h"
#include "engine/source_set.h"
#include "model/rule_file.h"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crosscheck::lsp {

struct Analysis {
  std::string path;  // the rule file, as the loader was given it
  // The main rule file loaded: `path` itself, or for a file with no `crosscheck:` (a file of
  // shared sources, say) the rule file beside it that includes it, loaded with this text.
  std::string main_path;
  std::string text;  // the text checked
  // Errors and warnings of loading (of this file and those it includes), of its expressions and
  // of its sources, each located; nothing more is known when any is an error.
  std::vector<Diagnostic> problems;
  std::unique_ptr<RuleFile> rules;     // when the file loaded
  std::unique_ptr<SourceSet> sources;  // when it loaded
  std::optional<Report> report;        // when its sources loaded too

  // The finding of a claim's agreement (kind "agree"), or nullptr.
  const Finding* agreement(std::string_view claim_id) const;
  const ClaimDecl* claim(std::string_view id) const;
  const SourceDecl* source(std::string_view id) const;
  // The loaded source at `path` (as a mention report names it), or nullptr.
  const SourceFile* source_file(std::string_view path) const;
};

// Loads `text` as the rule file at `path` (its includes and sources from disk), checks its
// expressions, loads its sources and runs every check. Never throws.
// A text with no `crosscheck:` key is checked as part of the rule file of its folder that
// includes it, when one does.
std::unique_ptr<Analysis> analyse(const std::string& path, std::string text);

}  // namespace crosscheck::lsp
