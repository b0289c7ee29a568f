#include "cli/rate_options.h"

#include "units/rate_csv.h"

namespace crosscheck {

void RateOptions::define(CLI::App& app) {
  app.add_option("--rates", files_, "extra or replacement exchange rates (CSV: date,base,quote,rate)");
}

RateTable RateOptions::table(DiagnosticSink& sink) const {
  RateTable table = RateTable::built_in();
  for (const std::string& file : files_) load_rates_file(file, table, sink);
  return table;
}

}  // namespace crosscheck
