// `crosscheck check`: evaluates rule files and writes the reports asked for.
#include "base/diagnostic.h"
#include "checks/runner.h"
#include "cli/command.h"
#include "cli/language_option.h"
#include "cli/rate_options.h"
#include "cli/report_options.h"
#include "expr/type_check.h"
#include "load/rule_loader.h"
#include "report/atomic_file.h"
#include "report/baseline.h"
#include "report/source_verification.h"
#include "base/parallel.h"

#include <fmt/format.h>

#include <chrono>

namespace crosscheck {

namespace {

// Waivers expire after their `until` date, counted in UTC.
Date today() {
  auto now = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  return date_from_day_number(now.time_since_epoch().count());
}

class CheckCommand : public Command {
 public:
  void define(CLI::App& app) override {
    app.add_option("paths", paths_, "rule files or folders (default: ./rules)");
    reports_.define(app);
    rates_.define(app);
    app.add_option("--fail-on", fail_on_, "exit 1 when a finding at or above this severity fails")
        ->check(CLI::IsMember({"error", "warning", "info", "never"}));
    app.add_option("--as-of", as_of_, "conversion date (YYYY-MM-DD) for claims that give none");
    app.add_option("--baseline", baseline_, "known failures to ignore (a file written by --write-baseline)");
    app.add_option("--write-baseline", write_baseline_, "write the current failures as a baseline file");
    add_language_option(app, language_);
    app.add_option("--verify-sources", verify_sources_,
                   "only check that the sources a JSON report names still hold the bytes it was made from "
                   "(exit 1 naming those that changed)");
    app.add_option("--jobs", jobs_, "worker threads (default: the machine's cores)")->check(CLI::Range(1, 256));
  }

  int run(Io& io) override {
    if (!verify_sources_.empty()) return verify_sources(io);
    if (paths_.empty()) paths_.push_back("rules");
    if (!reports_.validate(io)) return 2;
    DiagnosticSink sink;
    RunOptions options;
    options.today = today();
    options.rates = rates_.table(sink);
    if (!as_of_.empty()) {
      options.as_of = parse_iso_date(as_of_);
      if (!options.as_of || !options.as_of->complete())
        sink.error({"--as-of"}, "invalid date '{}'; expected YYYY-MM-DD", as_of_);
    }
    options.jobs = jobs_;
    options.language = language_;
    std::optional<Baseline> baseline;
    if (!baseline_.empty()) baseline = read_baseline(baseline_, sink);
    // Rule files' YAML trees are freed on a thread of their own while the sources are read.
    Disposer disposer(jobs_ > 1);
    std::vector<RuleFile> rules;
    if (!sink.has_errors()) rules = load_rule_paths(paths_, sink, jobs_, &disposer);
    if (!sink.has_errors()) check_expressions(rules, sink);
    std::optional<Report> report;
    if (!sink.has_errors()) report = run_checks(rules, options, sink);
    if (sink.has_errors() || !report) {
      print_diagnostics(sink, io.err);
      return 2;
    }
    if (baseline) apply_baseline(*report, *baseline);
    if (!write_baseline_.empty()) {
      std::string error = write_file_atomically(write_baseline_, baseline_text(*report));
      if (!error.empty()) {
        io.err << "crosscheck: error: " << error << '\n';
        return 2;
      }
    }
    if (!reports_.write(*report, io)) return 2;
    if (fail_on_ == "never") return 0;
    Severity threshold = *parse_severity(fail_on_);
    for (const Finding& f : report->findings)
      if (counts_as_failure(f, threshold)) return 1;
    return 0;
  }

 private:
  // Exit 0 when every source the report read still has the same bytes, 1 naming those that do not,
  // 2 when the report cannot be read.
  int verify_sources(Io& io) const {
    DiagnosticSink sink;
    auto checked = verify_report_sources(verify_sources_, sink);
    if (!checked) {
      print_diagnostics(sink, io.err);
      return 2;
    }
    std::size_t changed = 0;
    for (const SourceVerification& v : *checked) {
      if (v.problem.empty()) {
        io.out << fmt::format("ok: {} ({}): sha256 {}, {} bytes\n", v.id, v.path, v.actual_sha256, v.actual_size);
        continue;
      }
      ++changed;
      if (v.actual_sha256.empty())
        io.out << fmt::format("changed: {} ({}): {}; the report read {} bytes with sha256 {}\n", v.id, v.path,
                              v.problem, v.expected_size, v.expected_sha256);
      else
        io.out << fmt::format("changed: {} ({}): sha256 {}, {} bytes; the report read sha256 {}, {} bytes\n", v.id,
                              v.path, v.actual_sha256, v.actual_size, v.expected_sha256, v.expected_size);
    }
    io.out << fmt::format("{} of {} source{} of {} {}\n", checked->size() - changed, checked->size(),
                          checked->size() == 1 ? "" : "s", verify_sources_,
                          changed == 0 ? "match" : fmt::format("match; {} changed", changed));
    return changed == 0 ? 0 : 1;
  }

  std::vector<std::string> paths_;
  std::string verify_sources_;
  ReportOptions reports_;
  RateOptions rates_;
  std::string fail_on_ = "error";
  std::string as_of_;
  std::string baseline_;
  std::string write_baseline_;
  unsigned jobs_ = default_jobs();
  std::string language_;
};

}  // namespace

std::unique_ptr<Command> make_check_command() { return std::make_unique<CheckCommand>(); }

}  // namespace crosscheck
