// The exchange-rate CSV reader, into a table that is then asked for a rate.
#include "units/rate_csv.h"
#include "units/rate_table.h"

#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace crosscheck;
  DiagnosticSink sink;
  RateTable table;
  load_rates_csv(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.csv", table, sink);
  return 0;
}
