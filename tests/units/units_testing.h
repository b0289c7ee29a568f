// Shared by the units tests: dates written as in the rate files, and the built-in table.
#pragma once

#include "units/rate_table.h"

#include <string_view>

namespace crosscheck::testing {

inline Date date(std::string_view text) { return *parse_iso_date(text); }

inline const RateTable& ecb() {
  static const RateTable table = RateTable::built_in();
  return table;
}

}  // namespace crosscheck::testing
