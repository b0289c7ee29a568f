// Month names and their abbreviations → 1..12.
#pragma once

#include "figures/lexicon.h"

namespace crosscheck::figures {

// Capitalised only: "may" and "march" in lower case are verbs.
struct MonthNames : Lexicon<int> {
  MonthNames() {
    static constexpr const char* names[] = {"January", "February", "March",     "April",
                                            "May",     "June",     "July",      "August",
                                            "September", "October", "November", "December"};
    static constexpr const char* abbreviations[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    for (int i = 0; i < 12; ++i) {
      exact(names[i], i + 1);
      exact(abbreviations[i], i + 1);
    }
    exact("Sept", 9);
  }
};

}  // namespace crosscheck::figures
