// HTML tags and entities made transparent, with a map from the plain text back to the original bytes.
#pragma once

#include "base/span.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crosscheck {

// A run of plain text and where it came from. A verbatim segment is a copy (plain byte k is
// original byte k); any other segment replaces the original bytes [original, original_end) as a
// whole (a decoded entity, or the line break a block-level tag stands for).
struct PlainSegment {
  std::size_t plain = 0;
  std::size_t original = 0;
  std::size_t original_end = 0;
  bool verbatim = true;
};

struct PlainText {
  std::string text;
  std::vector<PlainSegment> segments;  // sorted by plain, non-overlapping, covering all of text
};

// The text a reader sees in `text[begin..]`: tags removed (script and style elements with their
// contents, comments), entities decoded, a block-level tag turned into one line break unless white
// space is already there. Offsets in the segments are offsets in `text`. Returns nullopt when the
// text has no tag and no entity, so that the caller can use the text itself.
std::optional<PlainText> strip_html(std::string_view text, std::size_t begin = 0);
// The same, also hiding `hidden` (sorted byte ranges of `text`, e.g. Markdown syntax); a range
// that starts inside a tag or entity is ignored.
std::optional<PlainText> strip_html(std::string_view text, std::size_t begin, const std::vector<Span>& hidden);

// The code point a named entity (without '&' and ';') stands for; nullopt when unknown.
std::optional<char32_t> named_entity(std::string_view name);

}  // namespace crosscheck
