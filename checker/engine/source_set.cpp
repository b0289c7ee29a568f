#include "engine/source_set.h"

#include "figures/extractor.h"

#include <filesystem>
#include <system_error>

namespace crosscheck {

namespace {
ExtractOptions extract_options(const SourceDecl& decl) {
  ExtractOptions options;
  if (!decl.language.empty()) options.language = decl.language;
  if (!decl.dollar.empty()) options.dollar = decl.dollar;
  options.document_date = decl.published;
  return options;
}
}  // namespace

void SourceSet::load(const std::vector<RuleFile>& rules, DiagnosticSink& sink) {
  for (const RuleFile& file : rules) {
    for (const SourceDecl& decl : file.sources) {
      auto known = by_path_.find(decl.path);
      if (known != by_path_.end()) {
        by_rule_and_id_[{file.path, decl.id}] = known->second;
        continue;
      }
      std::error_code ec;
      auto status = std::filesystem::status(decl.path, ec);
      if (!std::filesystem::exists(status)) {
        sink.error(decl.path_where, "source '{}': no such file '{}'", decl.id, decl.path);
        by_path_[decl.path] = nullptr;
        continue;
      }
      if (std::filesystem::is_directory(status)) {
        sink.error(decl.path_where, "source '{}': '{}' is a directory, expected a file", decl.id,
                   decl.path);
        by_path_[decl.path] = nullptr;
        continue;
      }
      auto source = std::make_unique<LoadedSource>();
      source->decl = decl;
      source->file = load_source(decl.path, sink);
      if (!source->file) {
        by_path_[decl.path] = nullptr;
        continue;
      }
      source->figures = extract_figures(source->file->plain(), extract_options(decl));
      source->quotes = std::make_unique<QuoteIndex>(*source->file);
      LoadedSource* raw = source.get();
      sources_.push_back(std::move(source));
      by_path_[decl.path] = raw;
      by_rule_and_id_[{file.path, decl.id}] = raw;
    }
  }
}

const LoadedSource* SourceSet::find(const RuleFile& rules, const std::string& id) const {
  auto it = by_rule_and_id_.find({rules.path, id});
  return it == by_rule_and_id_.end() ? nullptr : it->second;
}

}  // namespace crosscheck
