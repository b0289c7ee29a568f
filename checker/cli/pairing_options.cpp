#include "cli/pairing_options.h"

#include "cli/language_option.h"

namespace crosscheck {

void PairingOptions::define(CLI::App& app) {
  app.add_option("--as-of", as_of_,
                 "date to convert money at (YYYY-MM-DD; default: the newest date the two texts write)");
  add_language_option(app, language_);
  app.add_option("--min-confidence", min_confidence_, "least confidence (0 to 1) of a pair listed (default 0.3)")
      ->check(CLI::Range(0.0, 1.0));
  rates_.define(app);
}

DiscoverOptions PairingOptions::options(const RateTable& rates, DiagnosticSink& sink) const {
  DiscoverOptions options;
  options.min_score = min_confidence_;
  if (!as_of_.empty()) {
    options.as_of = parse_iso_date(as_of_);
    if (!options.as_of || !options.as_of->complete())
      sink.error({"--as-of"}, "invalid date '{}'; expected YYYY-MM-DD", as_of_);
  }
  if (auto newest = rates.newest_built_in_date()) options.fallback = *newest;
  return options;
}

std::vector<DiscoverSource> PairingOptions::read(const std::vector<std::string>& paths, DiagnosticSink& sink) {
  for (const std::string& path : paths) files_.push_back(load_source(path, sink));
  if (sink.has_errors()) return {};
  return make_sources(files_, language_);
}

}  // namespace crosscheck
