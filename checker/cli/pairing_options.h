// What discover and verify share on the command line: the texts read as DiscoverSources (each
// in its own language, with a unique id) and the options of the pairing (--as-of,
// --min-confidence, --language, --rates).
#pragma once

#include "base/diagnostic.h"
#include "cli/rate_options.h"
#include "discover/discover.h"
#include "units/rate_table.h"

#include <CLI/CLI.hpp>

#include <memory>
#include <string>
#include <vector>

namespace crosscheck {

class PairingOptions {
 public:
  void define(CLI::App& app);
  // The rate table (--rates over the built-in one) and the pairing's options; errors to `sink`.
  RateTable rates(DiagnosticSink& sink) const { return rates_.table(sink); }
  DiscoverOptions options(const RateTable& rates, DiagnosticSink& sink) const;
  // Every file read (errors to `sink`), then its figures extracted in its language.
  std::vector<DiscoverSource> read(const std::vector<std::string>& paths, DiagnosticSink& sink);

 private:
  std::string as_of_;
  std::string language_;
  double min_confidence_ = DiscoverOptions{}.min_score;
  RateOptions rates_;
  std::vector<std::unique_ptr<SourceFile>> files_;  // the texts the sources point into
};

}  // namespace crosscheck
