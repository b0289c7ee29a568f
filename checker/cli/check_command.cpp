// `crosscheck check`: evaluates rule files and writes the reports asked for.
#include "base/diagnostic.h"
#include "checks/runner.h"
#include "cli/command.h"
#include "cli/report_options.h"
#include "expr/type_check.h"
#include "load/rule_loader.h"

namespace crosscheck {

namespace {

class CheckCommand : public Command {
 public:
  void define(CLI::App& app) override {
    app.add_option("paths", paths_, "rule files or folders (default: ./rules)");
    reports_.define(app);
    app.add_option("--fail-on", fail_on_, "exit 1 when a finding at or above this severity fails")
        ->check(CLI::IsMember({"error", "warning", "info", "never"}));
    app.add_option("--as-of", as_of_, "conversion date (YYYY-MM-DD) for claims that give none");
  }

  int run(Io& io) override {
    if (paths_.empty()) paths_.push_back("rules");
    DiagnosticSink sink;
    RunOptions options = reports_.run_options(sink);
    if (!as_of_.empty()) {
      options.as_of = parse_iso_date(as_of_);
      if (!options.as_of || !options.as_of->complete())
        sink.error({"--as-of"}, "invalid date '{}'; expected YYYY-MM-DD", as_of_);
    }
    std::vector<RuleFile> rules;
    if (!sink.has_errors()) rules = load_rule_paths(paths_, sink);
    if (!sink.has_errors()) check_expressions(rules, sink);
    std::optional<Report> report;
    if (!sink.has_errors()) report = run_checks(rules, options, sink);
    if (sink.has_errors() || !report) {
      print_diagnostics(sink, io.err);
      return 2;
    }
    if (!reports_.write(*report, io)) return 2;
    if (fail_on_ == "never") return 0;
    Severity threshold = *parse_severity(fail_on_);
    for (const Finding& f : report->findings)
      if (counts_as_failure(f, threshold)) return 1;
    return 0;
  }

 private:
  std::vector<std::string> paths_;
  ReportOptions reports_;
  std::string fail_on_ = "error";
  std::string as_of_;
};

}  // namespace

std::unique_ptr<Command> make_check_command() { return std::make_unique<CheckCommand>(); }

}  // namespace crosscheck
