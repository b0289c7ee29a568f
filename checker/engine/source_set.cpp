#include "engine/source_set.h"

#include "figures/extractor.h"

#include <fmt/format.h>

#include "base/parallel.h"

#include <filesystem>
#include <system_error>

namespace crosscheck {

ExtractOptions extract_options(const SourceDecl& decl, const SourceLanguage& language) {
  ExtractOptions options;
  options.language = language.tag;
  if (!decl.dollar.empty()) options.dollar = decl.dollar;
  options.document_date = decl.published;
  return options;
}

void SourceSet::load(const std::vector<RuleFile>& rules, DiagnosticSink& sink, unsigned jobs,
                     const std::string& language) {
  // First, in declaration order: each path once, refusing what is not a file.
  std::vector<std::pair<std::string, const SourceDecl*>> pending;  // rule file, declaration
  std::map<std::string, std::vector<std::pair<std::string, std::string>>> aliases;
  for (const RuleFile& file : rules) {
    for (const SourceDecl& decl : file.sources) {
      if (by_path_.count(decl.path)) {
        aliases[decl.path].push_back({file.path, decl.id});
        continue;
      }
      by_path_[decl.path] = nullptr;
      std::error_code ec;
      auto status = std::filesystem::status(decl.path, ec);
      if (!std::filesystem::exists(status)) {
        sink.error(decl.path_where, "source '{}': no such file '{}'", decl.id, decl.path);
        continue;
      }
      if (std::filesystem::is_directory(status)) {
        sink.error(decl.path_where, "source '{}': '{}' is a directory, expected a file", decl.id,
                   decl.path);
        continue;
      }
      pending.push_back({file.path, &decl});
      aliases[decl.path].push_back({file.path, decl.id});
    }
  }
  // Then read, extract and index them in parallel, each with its own diagnostics.
  std::vector<std::unique_ptr<LoadedSource>> loaded(pending.size());
  std::vector<DiagnosticSink> sinks(pending.size());
  parallel_for(pending.size(), jobs, [&](std::size_t i) {
    const SourceDecl& decl = *pending[i].second;
    auto source = std::make_unique<LoadedSource>();
    source->decl = decl;
    source->file = load_source(decl.path, sinks[i]);
    if (!source->file) {
      sinks[i].add(Level::note, decl.path_where, fmt::format("source '{}' is declared here", decl.id));
      return;
    }
    source->language = source_language(decl.language.empty() ? language : decl.language, source->file->plain());
    if (source->file->format() == SourceFormat::csv) {
      // A table: its cells are read one by one when a mention names them, not as running text.
      CsvError error;
      source->table = parse_csv(source->file->plain(), error);
      if (!source->table) {
        sinks[i].add(Level::error, source->file->location(error.offset), "not a valid CSV table: " + error.message);
        return;
      }
    } else {
      source->figures = extract_figures(source->file->plain(), extract_options(decl, source->language));
    }
    source->quotes = std::make_unique<QuoteIndex>(*source->file);
    loaded[i] = std::move(source);
  });
  for (std::size_t i = 0; i < pending.size(); ++i) {
    for (const Diagnostic& d : sinks[i].diagnostics()) sink.add(d.level, d.where, d.message);
    if (!loaded[i]) continue;
    LoadedSource* raw = loaded[i].get();
    by_path_[raw->decl.path] = raw;
    for (const auto& key : aliases[raw->decl.path]) by_rule_and_id_[key] = raw;
    sources_.push_back(std::move(loaded[i]));
  }
}

const LoadedSource* SourceSet::find(const RuleFile& rules, const std::string& id) const {
  auto it = by_rule_and_id_.find({rules.path, id});
  return it == by_rule_and_id_.end() ? nullptr : it->second;
}

}  // namespace crosscheck
