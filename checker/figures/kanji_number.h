// Numbers in kanji numerals, as Japanese writes them before a scale, a counter or 円: "三百億円",
// "二十人", "千五百万". Read by hand, like English number words.
#pragma once

#include "figures/ast.h"

#include <optional>

namespace crosscheck::figures {

// Reads the kanji numerals at `first` up to 9,999 ("三千五百") or written digit by digit
// ("二〇一五"); 万, 億 and 兆 are the grammar's, as after digits. nullopt when none starts here.
std::optional<const char*> read_kanji_number(const char* first, const char* last, ast::Numeral& out);

// The kanji numerals (UTF-8), for the scanner's start bytes.
extern const char* const kanji_numerals[14];

}  // namespace crosscheck::figures
