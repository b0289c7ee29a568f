// The options that choose reports and how they look (--report, --color, --quiet, --verbose).
#pragma once

#include "cli/app.h"
#include "engine/finding.h"

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace crosscheck {

class ReportOptions {
 public:
  void define(CLI::App& app);
  // Checks the --report requests before anything is evaluated; false (after saying why) when a
  // format is unknown.
  bool validate(Io& io) const;
  // Writes every report asked for; false (after saying why on io.err) when a file cannot be
  // written or a format is unknown.
  bool write(const Report& report, Io& io) const;

 private:
  std::vector<std::string> reports_;
  std::string color_ = "auto";
  bool quiet_ = false;
  bool verbose_ = false;
};

}  // namespace crosscheck
