// Shared by the discover tests: texts of one story read as discover reads them, with the
// built-in rates and discover's default options.
#pragma once

#include "checks/runner.h"
#include "discover/conflict_report.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

namespace crosscheck::testing {

struct LoadedTexts {
  std::vector<std::unique_ptr<SourceFile>> files;
  std::vector<DiscoverSource> sources;
  RateTable rates = RateTable::built_in();
  Normaliser normaliser{make_converter(rates), "USD"};
  DiscoverOptions options;

  explicit LoadedTexts(const std::vector<std::string>& paths) {
    DiagnosticSink sink;
    for (const std::string& path : paths) files.push_back(load_source(path, sink));
    for (const Diagnostic& d : sink.diagnostics()) ADD_FAILURE() << to_string(d);
    sources = make_sources(files, "");
    options.fallback = *rates.newest_built_in_date();
  }
  DiagnoseContext context() const { return {normaliser, options.tolerance}; }
};

}  // namespace crosscheck::testing
