// `crosscheck verify DRAFT --sources FILE...`: every figure of an editor's draft supported,
// contradicted or unsupported by the sources (SPEC §8), in any of check's report formats.
#include "base/diagnostic.h"
#include "checks/runner.h"
#include "cli/command.h"
#include "cli/pairing_options.h"
#include "cli/report_options.h"
#include "discover/verify.h"

#include <algorithm>

namespace crosscheck {

namespace {

class VerifyCommand : public Command {
 public:
  void define(CLI::App& app) override {
    app.add_option("draft", draft_, "the draft whose figures are verified")->required();
    app.add_option("--sources", sources_, "the texts the draft draws on (one or more)")->required();
    reports_.define(app);
    app.add_option("--fail-on", fail_on_,
                   "exit 1 when a figure is contradicted (default), or also when it is unsupported")
        ->check(CLI::IsMember({"contradicted", "unsupported", "never"}));
    pairing_.define(app);
  }

  int run(Io& io) override {
    if (!reports_.validate(io)) return 2;
    DiagnosticSink sink;
    RateTable rates = pairing_.rates(sink);
    DiscoverOptions options = pairing_.options(rates, sink);
    std::vector<std::string> paths{draft_};
    paths.insert(paths.end(), sources_.begin(), sources_.end());
    const std::vector<DiscoverSource> sources = pairing_.read(paths, sink);
    if (sink.has_errors()) {
      print_diagnostics(sink, io.err);
      return 2;
    }
    Normaliser normaliser(make_converter(rates), "USD");
    const DraftPairs pairs = pair_draft(sources, 0, normaliser, options);
    const Report report = verify_report(sources, 0, pairs, {normaliser, options.tolerance});
    if (!reports_.write(report, io)) return 2;
    if (fail_on_ == "never") return 0;
    const bool failed = std::ranges::any_of(report.findings, [&](const Finding& f) {
      return f.status == Status::fail || (fail_on_ == "unsupported" && f.status == Status::unresolved);
    });
    return failed ? 1 : 0;
  }

 private:
  std::string draft_;
  std::vector<std::string> sources_;
  ReportOptions reports_;
  std::string fail_on_ = "contradicted";
  PairingOptions pairing_;
};

}  // namespace

std::unique_ptr<Command> make_verify_command() { return std::make_unique<VerifyCommand>(); }

}  // namespace crosscheck
