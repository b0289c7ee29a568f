#include "lsp/analysis.h"

#include "checks/runner.h"
#include "expr/type_check.h"
#include "load/rule_loader.h"

#include <chrono>
#include <exception>

namespace crosscheck::lsp {

namespace {

// Waivers expire after their `until` date, counted in UTC, as `check` counts it.
Date today() {
  auto now = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  return date_from_day_number(now.time_since_epoch().count());
}

}  // namespace

const Finding* Analysis::agreement(std::string_view claim_id) const {
  if (!report) return nullptr;
  for (const Finding& f : report->findings)
    if (f.kind == "agree" && f.check == claim_id) return &f;
  return nullptr;
}

const ClaimDecl* Analysis::claim(std::string_view id) const {
  if (!rules) return nullptr;
  for (const ClaimDecl& c : rules->claims)
    if (c.id == id) return &c;
  return nullptr;
}

const SourceDecl* Analysis::source(std::string_view id) const {
  if (!rules) return nullptr;
  for (const SourceDecl& s : rules->sources)
    if (s.id == id) return &s;
  return nullptr;
}

const SourceFile* Analysis::source_file(std::string_view path) const {
  if (!sources) return nullptr;
  for (const auto& loaded : sources->all())
    if (loaded->file && loaded->file->path() == path) return loaded->file.get();
  return nullptr;
}

std::unique_ptr<Analysis> analyse(const std::string& path, std::string text) {
  auto out = std::make_unique<Analysis>();
  out->path = path;
  out->text = text;
  DiagnosticSink sink;
  try {
    std::optional<RuleFile> rules = load_rule_text(path, std::move(text), sink);
    if (rules && !sink.has_errors()) {
      out->rules = std::make_unique<RuleFile>(std::move(*rules));
      check_expressions(*out->rules, sink);
    }
    if (out->rules && !sink.has_errors()) {
      std::vector<RuleFile> files{*out->rules};
      RunOptions options;
      options.today = today();
      out->sources = std::make_unique<SourceSet>();
      out->sources->load(files, sink);
      if (!sink.has_errors()) out->report = run_checks(files, options, *out->sources, sink);
    }
  } catch (const std::exception& e) {
    // No input should get here; if one does, it is reported rather than ending the server.
    sink.error(Location{path}, "internal error while checking: {}", e.what());
  }
  out->problems = sink.diagnostics();
  return out;
}

}  // namespace crosscheck::lsp
