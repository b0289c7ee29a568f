// Edit distance, for "did you mean" suggestions on misspelt keys and ids.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace crosscheck {

// Levenshtein distance (insertions, deletions, substitutions), by bytes.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate nearest to `word`, if it is near enough to be a plausible misspelling
// (at most a third of the word's length, and at least 1 edit allowed).
std::optional<std::string> nearest(std::string_view word, std::span<const std::string_view> candidates);

}  // namespace crosscheck
