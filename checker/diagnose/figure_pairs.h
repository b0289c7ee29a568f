// What the diagnoses of compared figures share: which findings compare figures two by two, the
// pair that disagrees, re-reading a figure in another currency or at another date.
#pragma once

#include "diagnose/diagnosis_table.h"

#include <optional>
#include <string>
#include <utility>

namespace crosscheck {

// Findings whose mentions all state one quantity (a claim's mentions, a conversion pair), so that
// any two of them can be compared; an expect or sum finding relates different quantities.
bool compares_figures(const Finding& finding);

// The first two mentions (by position) with figures and normalised values that disagree under
// the tolerance; nullopt when every such pair agrees.
std::optional<std::pair<std::size_t, std::size_t>> disagreeing_pair(const Finding& finding,
                                                                     const Tolerance& tolerance);

// A mention's figure in the unit it was compared in, at `date` and read in currency `currency`
// (empty: its own); nullopt when there is no rate.
std::optional<Normalised> renormalise(const MentionReport& mention, const DiagnoseContext& context,
                                      const std::optional<Date>& date, const std::string& currency = "");

// The conversion date the comparison used: the mention's, else any other mention's.
std::optional<Date> conversion_date_of(const Finding& finding, std::size_t mention);

// The rate two amounts in different currencies imply, written as a number above one:
// 100 billion yen against $835 million → "119.76 JPY/USD".
std::string implied_rate(const Figure& a, const Figure& b);

}  // namespace crosscheck
