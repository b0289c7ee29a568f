// `crosscheck lint`: loads and validates rule files and resolves every quote, evaluating nothing.
#include "base/diagnostic.h"
#include "checks/runner.h"
#include "cli/command.h"
#include "cli/language_option.h"
#include "expr/type_check.h"
#include "load/rule_loader.h"

#include <ostream>

namespace crosscheck {

namespace {

class LintCommand : public Command {
 public:
  void define(CLI::App& app) override {
    app.add_option("paths", paths_, "rule files or folders (default: ./rules)");
    add_language_option(app, language_);
  }

  int run(Io& io) override {
    if (paths_.empty()) paths_.push_back("rules");
    DiagnosticSink sink;
    std::vector<RuleFile> rules = load_rule_paths(paths_, sink);
    if (!sink.has_errors()) check_expressions(rules, sink);
    if (!sink.has_errors()) lint_rules(rules, sink, language_);
    print_diagnostics(sink, io.err);
    if (sink.has_errors()) return 2;
    std::size_t claims = 0, checks = 0, mentions = 0;
    for (const RuleFile& r : rules) {
      claims += r.claims.size();
      checks += r.checks.size();
      for (const ClaimDecl& c : r.claims) mentions += c.mentions.size();
    }
    io.out << rules.size() << " rule file(s), " << claims << " claims, " << mentions
           << " mentions, " << checks << " checks: all quotes found\n";
    return 0;
  }

 private:
  std::vector<std::string> paths_;
  std::string language_;
};

}  // namespace

std::unique_ptr<Command> make_lint_command() { return std::make_unique<LintCommand>(); }

}  // namespace crosscheck
