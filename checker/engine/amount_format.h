// Writes a value the way news text would: "28.6 billion yen", "$239 million", "6 vessels".
#pragma once

#include "base/number.h"

#include <string>

namespace crosscheck {

// `unit` as in Figure/Normalised: an ISO currency, a counted thing, "%", "pp", or "" for a number.
std::string describe_amount(const Number& value, const std::string& unit);

struct Normalised;

// A normalised figure for people: "$2.39 million (2.386–2.395 million)", "2 vessels",
// "2015-09-15", "2014-01-01 to 2014-12-31".
std::string describe_normalised(const Normalised& value);

}  // namespace crosscheck
