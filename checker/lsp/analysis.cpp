#include "lsp/analysis.h"

#include "checks/runner.h"
#include "expr/type_check.h"
#include "base/regular_file.h"
#include "load/rule_loader.h"
#include "lsp/outline.h"

#include <algorithm>
#include <chrono>
#include <exception>
#include <filesystem>

namespace crosscheck::lsp {

namespace {

// Waivers expire after their `until` date, counted in UTC, as `check` counts it.
Date today() {
  auto now = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  return date_from_day_number(now.time_since_epoch().count());
}

bool has_top_key(const Outline& outline, std::string_view key) {
  return static_cast<bool>(outline.find({key}));
}

// The rule file of the same folder that includes the file at `path`: one with `crosscheck:` and
// `include:` keys that names the file. The first by name, or nullopt.
std::optional<std::string> includer_of(const std::string& path) {
  namespace fs = std::filesystem;
  fs::path self(path);
  std::string name = self.filename().string();
  std::error_code ec;
  std::vector<fs::path> candidates;
  for (fs::directory_iterator it(self.parent_path(), ec), end; !ec && it != end; it.increment(ec)) {
    std::string extension = it->path().extension().string();
    if ((extension == ".yaml" || extension == ".yml") && it->path().filename() != self.filename())
      candidates.push_back(it->path());
  }
  std::sort(candidates.begin(), candidates.end());
  for (const fs::path& candidate : candidates) {
    FileRead file = read_regular_file(candidate.string(), std::size_t{1} << 20);
    if (file.failure != FileRead::Failure::none || file.bytes.find(name) == std::string::npos) continue;
    Outline outline(file.bytes);
    if (has_top_key(outline, "crosscheck") && has_top_key(outline, "include")) return candidate.string();
  }
  return std::nullopt;
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
  out->main_path = path;
  out->text = text;
  DiagnosticSink sink;
  try {
    if (!has_top_key(Outline(text), "crosscheck"))
      if (auto main = includer_of(path)) out->main_path = *main;
    std::optional<RuleFile> rules = load_rule_text(out->main_path, path, std::move(text), sink);
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
