// --rates FILE: extra or replacement exchange rates, shared by the commands that convert money.
#pragma once

#include "base/diagnostic.h"
#include "units/rate_table.h"

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace crosscheck {

class RateOptions {
 public:
  void define(CLI::App& app);
  // The built-in table with every --rates file laid over it (errors go to the sink).
  RateTable table(DiagnosticSink& sink) const;

 private:
  std::vector<std::string> files_;
};

}  // namespace crosscheck
