// Reading exchange rates from CSV files (`--rates FILE`, a rule file's `rates:`) into a RateTable.
#pragma once

#include "base/diagnostic.h"
#include "units/rate_table.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace crosscheck {

// Reads `date,base,quote,rate` lines (rate = units of quote per one base) — with an optional
// header line `date,base,quote,rate`, `#` comment lines and blank lines — or the ECB's own layout
// (a header `Date,USD,JPY,...`, units per 1 EUR, `N/A` for none). Every rate is added to `table`
// under the name `file`, replacing any rate of the same date and pair. Each problem is reported
// into `sink` at file:line:column; a file with any error adds nothing. Returns the rates added.
std::size_t load_rates_csv(std::string_view text, const std::string& file, RateTable& table,
                           DiagnosticSink& sink);

// Reads the file at `path` (named as given in the diagnostics and in the rates' provenance).
std::size_t load_rates_file(const std::string& path, RateTable& table, DiagnosticSink& sink);

}  // namespace crosscheck
