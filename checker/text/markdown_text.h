// The Markdown syntax a reader does not see (emphasis marks, link targets, escapes, heading marks).
#pragma once

#include "base/span.h"
#include "text/html_text.h"

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace crosscheck {

// Byte ranges of `text[begin..]` that are Markdown syntax, sorted and disjoint: a pair of
// emphasis or code marks (`**`, `_`, `` ` ``), the `[`, `![` and `](target)` of an inline link
// or image, the backslash of an escape, `#` heading marks and `>` quote marks at a line start.
// Conservative: a mark with no partner in its paragraph is text (`Thayer*`, `snake_case`, `2 * 3`).
// Linear in the text.
std::vector<Span> markdown_syntax(std::string_view text, std::size_t begin = 0);

// strip_html, with the Markdown syntax hidden as well (Markdown may hold HTML).
std::optional<PlainText> strip_markdown(std::string_view text, std::size_t begin = 0);

}  // namespace crosscheck
