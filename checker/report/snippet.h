// Cuts a source line to a window around a figure and measures it in code points, for carets.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace crosscheck {

struct Snippet {
  std::string text;         // the window, with "…" where the line was cut
  std::size_t column = 1;   // 1-based code-point column of the figure within `text`
  std::size_t width = 1;    // code points to underline
};

// `column` is the figure's 1-based code-point column in `line`; `width` its length in code points.
// Lines longer than `max_width` code points are cut around the figure.
Snippet make_snippet(std::string_view line, std::size_t column, std::size_t width,
                     std::size_t max_width = 100);

// Number of code points in UTF-8 text.
std::size_t code_points(std::string_view text);

}  // namespace crosscheck
