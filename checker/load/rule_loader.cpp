#include "load/rule_loader.h"

#include "base/parallel.h"
#include "load/rule_builder.h"
#include "load/rule_keys.h"
#include "load/yaml_file.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <memory>
#include <set>
#include <tuple>
#include <unordered_map>

namespace crosscheck {

namespace {

namespace fs = std::filesystem;

// Deeper chains of includes are surely a mistake, and would recurse without bound.
constexpr std::size_t max_include_depth = 32;

// The same file reached by different spellings is one file.
std::string identity(const std::string& path) {
  std::error_code ec;
  fs::path canonical = fs::weakly_canonical(path, ec);
  if (ec) canonical = fs::absolute(path, ec).lexically_normal();
  return canonical.generic_string();
}

// One file read and built once, whether named on its own or by includes.
struct Unit {
  std::string path;  // as named
  std::string identity;
  RuleFragment fragment;
  bool role_checked = false;  // "only in a main file" keys reported
};

class Loader {
 public:
  explicit Loader(DiagnosticSink& sink) : sink_(sink) {}

  // nullptr when the file cannot be read or parsed (reported each time it is asked for: a missing
  // include is reported at each include that names it; repeats are removed at the end).
  Unit* load(const std::string& path, const Location* named_at) {
    note_file(path);
    std::string id = identity(path);
    if (auto it = units_.find(id); it != units_.end()) return it->second.get();
    auto unsaved = unsaved_.find(id);
    auto yaml = unsaved != unsaved_.end() ? parse_yaml_text(path, unsaved->second, sink_)
                                          : read_yaml_file(path, named_at, sink_);
    if (!yaml) return nullptr;
    auto unit = std::make_unique<Unit>();
    unit->path = path;
    unit->identity = id;
    unit->fragment = build_rule_fragment(*yaml, sink_);
    if (disposer_) disposer_->dispose(std::move(yaml));
    return units_.emplace(id, std::move(unit)).first->second.get();
  }

  // Reads and builds the files at `paths` on up to `jobs` threads before they are asked for (a
  // file's YAML and fragment depend on no other file). A file that cannot be read or parsed is
  // left to load(), which reports it where it is named; the warnings of the others join the sink
  // here, which sorts every message by file and position at the end.
  void preload(const std::vector<std::string>& paths, unsigned jobs) {
    std::vector<std::pair<std::string, std::string>> todo;  // path, identity
    std::set<std::string> seen;
    for (const std::string& path : paths) {
      std::string id = identity(path);
      if (units_.count(id) || unsaved_.count(id) || !seen.insert(id).second) continue;
      todo.push_back({path, std::move(id)});
    }
    std::vector<std::unique_ptr<Unit>> built(todo.size());
    std::vector<DiagnosticSink> sinks(todo.size());
    parallel_for(todo.size(), jobs, [&](std::size_t i) {
      auto yaml = read_yaml_file(todo[i].first, nullptr, sinks[i]);
      if (!yaml) return;
      auto unit = std::make_unique<Unit>();
      unit->path = todo[i].first;
      unit->identity = todo[i].second;
      unit->fragment = build_rule_fragment(*yaml, sinks[i]);
      if (disposer_) disposer_->dispose(std::move(yaml));
      built[i] = std::move(unit);
    });
    for (std::size_t i = 0; i < todo.size(); ++i) {
      if (!built[i]) continue;
      for (const Diagnostic& d : sinks[i].diagnostics()) sink_.add(d.level, d.where, d.message);
      units_.emplace(todo[i].second, std::move(built[i]));
    }
  }

  // The identities of every file reachable through the includes of `unit`.
  void collect_included(Unit& unit, std::set<std::string>& included) {
    std::vector<Unit*> work{&unit};
    std::set<std::string> visited{unit.identity};
    while (!work.empty()) {
      Unit* u = work.back();
      work.pop_back();
      for (const IncludeRef& include : u->fragment.includes) {
        Unit* v = load(include.path, &include.where);
        if (!v) continue;
        included.insert(v->identity);
        if (visited.insert(v->identity).second) work.push_back(v);
      }
    }
  }

  // The main file `root` with everything it includes, checked as a whole; `reached` gains every
  // file merged in. Errors of the files themselves were reported when they were loaded: callers
  // decide by the sink.
  std::optional<RuleFile> assemble(Unit& root, std::set<std::string>& reached) {
    std::size_t errors_before = sink_.error_count();
    RuleFile out = root.fragment.file;
    out.path = root.path;
    if (root.fragment.is_map && !root.fragment.version_where && !root.fragment.version_misspelt) {
      sink_.error(root.fragment.top_where, "'crosscheck' is required (the format version, 1)");
    }
    std::vector<Unit*> stack{&root};
    std::set<std::string> merged{root.identity};
    complete_ = true;
    merge_includes(root, stack, merged, out);
    reached.insert(merged.begin(), merged.end());
    check_ids(out);
    if (sink_.error_count() > errors_before) return std::nullopt;
    return out;
  }

  // Files in the order they were first named, for reporting their errors in that order.
  void note_file(const std::string& path) {
    if (std::find(file_order_.begin(), file_order_.end(), path) == file_order_.end()) file_order_.push_back(path);
  }
  const std::vector<std::string>& file_order() const { return file_order_; }

  // Where the YAML trees go once built into fragments (nullptr: freed at once).
  void set_disposer(Disposer* disposer) { disposer_ = disposer; }

  // Text to read for `path` instead of the file on disk (an editor's unsaved buffer).
  void set_unsaved_text(const std::string& path, std::string text) { unsaved_[identity(path)] = std::move(text); }

 private:
  void merge_includes(Unit& unit, std::vector<Unit*>& stack, std::set<std::string>& merged, RuleFile& out) {
    for (const IncludeRef& include : unit.fragment.includes) {
      Unit* v = load(include.path, &include.where);
      if (!v) {
        complete_ = false;
        continue;
      }
      if (auto cycle = std::find(stack.begin(), stack.end(), v); cycle != stack.end()) {
        std::string chain;
        for (auto it = cycle; it != stack.end(); ++it) chain += (*it)->path + " -> ";
        sink_.error(include.where, "include cycle: {}{}", chain, v->path);
        continue;
      }
      if (!merged.insert(v->identity).second) continue;  // reached by two paths: merged once
      if (stack.size() >= max_include_depth) {
        sink_.error(include.where, "includes nested deeper than {} files", max_include_depth);
        continue;
      }
      check_role(*v);
      const RuleFile& part = v->fragment.file;
      out.rates.insert(out.rates.end(), part.rates.begin(), part.rates.end());
      out.sources.insert(out.sources.end(), part.sources.begin(), part.sources.end());
      out.claims.insert(out.claims.end(), part.claims.begin(), part.claims.end());
      out.checks.insert(out.checks.end(), part.checks.begin(), part.checks.end());
      stack.push_back(v);
      merge_includes(*v, stack, merged, out);
      stack.pop_back();
    }
  }

  void check_role(Unit& unit) {
    if (unit.role_checked) return;
    unit.role_checked = true;
    for (const auto& [key, where] : unit.fragment.main_only_keys) {
      sink_.error(where, "'{}' belongs in the main rule file; an included file may hold only: {}", key,
                  fmt::join(rule_keys::included, ", "));
    }
  }

  // Ids are unique across a main file and its includes; mentions name declared sources.
  void check_ids(const RuleFile& file) {
    std::unordered_map<std::string, Location> sources, claims, checks;
    std::vector<std::string_view> source_ids;
    for (const SourceDecl& s : file.sources) {
      auto [it, fresh] = sources.emplace(s.id, s.where);
      if (!fresh) sink_.error(s.where, "duplicate source id '{}'; first defined at {}", s.id, describe(it->second));
      else source_ids.push_back(s.id);
    }
    for (const ClaimDecl& c : file.claims) {
      auto [it, fresh] = claims.emplace(c.id, c.where);
      if (!fresh) sink_.error(c.where, "duplicate claim id '{}'; first defined at {}", c.id, describe(it->second));
    }
    for (const CheckDecl& c : file.checks) {
      if (auto claim = claims.find(c.id); claim != claims.end()) {
        sink_.error(c.where, "check id '{}' is already the id of a claim (at {}); claims and checks share one set of ids",
                    c.id, describe(claim->second));
        continue;
      }
      auto [it, fresh] = checks.emplace(c.id, c.where);
      if (!fresh) sink_.error(c.where, "duplicate check id '{}'; first defined at {}", c.id, describe(it->second));
    }
    // With a file missing, its sources are missing too: saying so for each mention is noise.
    if (!complete_) return;
    std::vector<std::string_view> sorted_ids = source_ids;
    std::sort(sorted_ids.begin(), sorted_ids.end());
    for (const ClaimDecl& c : file.claims) {
      for (const MentionDecl& m : c.mentions) {
        if (sources.count(m.source)) continue;
        if (auto near = suggest(m.source, source_ids)) {
          sink_.error(m.source_where, "unknown source '{}'; did you mean '{}'?", shown(m.source), *near);
        } else if (source_ids.empty()) {
          sink_.error(m.source_where, "unknown source '{}'; no sources are declared (sources: {{id: {{path: ...}}}})",
                      shown(m.source));
        } else {
          sink_.error(m.source_where, "unknown source '{}'; declared sources: {}", shown(m.source), fmt::join(sorted_ids, ", "));
        }
      }
    }
  }

  DiagnosticSink& sink_;
  std::vector<std::string> file_order_;
  std::map<std::string, std::unique_ptr<Unit>> units_;
  std::map<std::string, std::string> unsaved_;  // by identity
  bool complete_ = true;  // every include of the file being assembled could be read
  Disposer* disposer_ = nullptr;
};

// Errors by file, in the order files were named, then by position; each said once.
void forward(const DiagnosticSink& local, const std::vector<std::string>& files, DiagnosticSink& sink) {
  std::vector<Diagnostic> all = local.diagnostics();
  std::map<std::string, std::size_t> file_order;
  for (const std::string& file : files) file_order.emplace(file, file_order.size());
  for (const Diagnostic& d : all) file_order.emplace(d.where.file, file_order.size());
  auto key = [&](const Diagnostic& d) { return std::tuple(file_order[d.where.file], d.where.line, d.where.column); };
  std::stable_sort(all.begin(), all.end(), [&](const Diagnostic& a, const Diagnostic& b) { return key(a) < key(b); });
  std::set<std::tuple<std::string, std::size_t, std::size_t, std::string>> said;
  for (Diagnostic& d : all) {
    if (!said.emplace(d.where.file, d.where.line, d.where.column, d.message).second) continue;
    sink.add(d.level, std::move(d.where), std::move(d.message));
  }
}

bool is_rule_file_name(const fs::path& path) {
  std::string extension = path.extension().string();
  return extension == ".yaml" || extension == ".yml";
}

}  // namespace

namespace {

std::optional<RuleFile> load_main_file(const std::string& path, const std::string& unsaved_path,
                                       std::optional<std::string> unsaved, DiagnosticSink& sink) {
  DiagnosticSink local;
  Loader loader(local);
  if (unsaved) loader.set_unsaved_text(unsaved_path, std::move(*unsaved));
  std::optional<RuleFile> out;
  if (Unit* root = loader.load(path, nullptr)) {
    std::set<std::string> reached;
    out = loader.assemble(*root, reached);
  }
  forward(local, loader.file_order(), sink);
  if (local.has_errors()) return std::nullopt;
  return out;
}

}  // namespace

std::optional<RuleFile> load_rule_file(const std::string& path, DiagnosticSink& sink) {
  return load_main_file(path, path, std::nullopt, sink);
}

std::optional<RuleFile> load_rule_text(const std::string& path, std::string text, DiagnosticSink& sink) {
  return load_main_file(path, path, std::move(text), sink);
}

std::optional<RuleFile> load_rule_text(const std::string& main_path, const std::string& text_path, std::string text,
                                       DiagnosticSink& sink) {
  return load_main_file(main_path, text_path, std::move(text), sink);
}

std::vector<RuleFile> load_rule_paths(const std::vector<std::string>& paths, DiagnosticSink& sink, unsigned jobs,
                                      Disposer* disposer) {
  DiagnosticSink local;
  Loader loader(local);
  loader.set_disposer(disposer);

  // Folders give their rule files, sorted by name; everything else is taken as a file.
  std::vector<std::string> files;
  for (const std::string& path : paths) {
    std::error_code ec;
    loader.note_file(path);
    if (!fs::exists(path, ec)) {
      local.error(Location{path}, "no such file or folder");
      continue;
    }
    if (!fs::is_directory(path, ec)) {
      files.push_back(path);
      continue;
    }
    std::vector<std::string> found;
    for (fs::directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec)) {
      std::error_code type_ec;
      if (is_rule_file_name(it->path()) && !it->is_directory(type_ec)) found.push_back(it->path().generic_string());
    }
    if (ec) {
      local.error(Location{path}, "cannot list the folder: {}", ec.message());
      continue;
    }
    if (found.empty()) local.error(Location{path}, "no rule files (*.yaml, *.yml) in this folder");
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }

  std::vector<Unit*> units;
  std::set<std::string> listed;
  loader.preload(files, jobs);
  for (const std::string& file : files) {
    Unit* unit = loader.load(file, nullptr);
    if (unit && listed.insert(unit->identity).second) units.push_back(unit);
  }
  // A file another file includes is part of that one, not a rule file of its own.
  std::set<std::string> included;
  for (Unit* unit : units) loader.collect_included(*unit, included);

  std::vector<RuleFile> out;
  std::set<std::string> reached;
  auto assemble = [&](Unit& unit) {
    if (auto file = loader.assemble(unit, reached)) out.push_back(std::move(*file));
  };
  for (Unit* unit : units) {
    if (!included.count(unit->identity)) assemble(*unit);
  }
  // Files that only include each other have no main file: take the first as one, to report the cycle.
  for (Unit* unit : units) {
    if (!reached.count(unit->identity)) assemble(*unit);
  }

  forward(local, loader.file_order(), sink);
  if (local.has_errors()) return {};
  return out;
}

}  // namespace crosscheck
