// The sources of a run, each loaded once, its figures extracted once and its quotes indexed once.
#pragma once

#include "base/diagnostic.h"
#include "figures/extractor.h"
#include "figures/figure.h"
#include "model/rule_file.h"
#include "text/csv_table.h"
#include "text/language_detect.h"
#include "text/quote_finder.h"
#include "text/source_file.h"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace crosscheck {

struct LoadedSource {
  SourceDecl decl;                    // as first declared
  std::unique_ptr<SourceFile> file;
  SourceLanguage language;            // `language:`, else the run's default, else detected
  std::vector<Figure> figures;        // spans in file->plain(), in text order
  std::unique_ptr<QuoteIndex> quotes;
  std::optional<CsvTable> table;      // a CSV source's cells, spans in file->plain()
};

// How a source's figures are read: in its language, with its `dollar:` and its date.
ExtractOptions extract_options(const SourceDecl& decl, const SourceLanguage& language);

class SourceSet {
 public:
  // Loads every source the rule files declare (each path once). Problems with a source (missing,
  // a directory, binary, bad UTF-8, too large) go to `sink`, located at the rule file when the file
  // cannot be read at all.
  // Reading and extraction run on up to `jobs` threads; the result does not depend on it.
  // A source with no `language:` is read in `language` (--language) when given, else in the
  // language detected from its text.
  void load(const std::vector<RuleFile>& rules, DiagnosticSink& sink, unsigned jobs = 1,
            const std::string& language = "");

  // The source a rule file calls `id`; nullptr when it failed to load.
  const LoadedSource* find(const RuleFile& rules, const std::string& id) const;
  const std::vector<std::unique_ptr<LoadedSource>>& all() const { return sources_; }

 private:
  std::vector<std::unique_ptr<LoadedSource>> sources_;       // in order of first declaration
  std::map<std::string, LoadedSource*> by_path_;
  std::map<std::pair<std::string, std::string>, LoadedSource*> by_rule_and_id_;
};

}  // namespace crosscheck
