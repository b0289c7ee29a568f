#pragma once

#include <string>
#include <string_view>

// ASCII character classes for the few places that read markup or YAML by hand, where a
// locale-dependent <cctype> call would be wrong (and undefined for bytes above 127).
namespace crosscheck {

// A space or a tab: what separates tokens on one line.
constexpr bool is_blank(char c) { return c == ' ' || c == '\t'; }

// White space that HTML and Markdown collapse, line ends included.
constexpr bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

constexpr std::string_view trim_blanks(std::string_view s) {
  while (!s.empty() && is_blank(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_blank(s.back())) s.remove_suffix(1);
  return s;
}

// `text` with A-Z lowered and every other byte (UTF-8 included) kept: how words are keyed
// where case does not matter.
inline std::string ascii_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace crosscheck
