// The words around a figure that say what it is about: the content words of its sentence.
#pragma once

#include "base/span.h"

#include <string>
#include <string_view>
#include <vector>

namespace crosscheck {

// Lower-cased content words (no function words, no number words, none shorter than three letters)
// within `reach` words of the figure at `figure`, not crossing a sentence end or a blank line.
// Sorted and unique.
std::vector<std::string> context_words(std::string_view text, Span figure, std::size_t reach = 12);

// Names in the same reach: capitalised words (not the first of a sentence) folded to their first
// four letters without accents ("Syrie", "Syria" → "syri"; "Türkei", "Turkey" → "turk"), so
// that names written in two languages can still meet. Sorted and unique.
std::vector<std::string> name_keys(std::string_view text, Span figure, std::size_t reach = 12);

}  // namespace crosscheck
