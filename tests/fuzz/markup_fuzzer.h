// HTML or Markdown to plain text: the offset map must send every plain byte back inside the file.
#pragma once

#include "fuzz_input.h"

#include <cstdlib>

namespace crosscheck::fuzz {

inline int markup_to_text(const std::uint8_t* data, std::size_t size, SourceFormat format) {
  auto source = source_of(data, size, format);
  if (!source) return 0;
  const std::size_t plain = source->plain().size();
  // Every offset of a small text; a sample of a large one.
  const std::size_t step = plain < 4096 ? 1 : plain / 1024;
  for (std::size_t offset = 0; offset <= plain; offset += step) {
    if (source->original_offset(offset) > source->bytes().size()) std::abort();
    const Span span = source->original_span({offset, std::min(plain, offset + 7)});
    if (span.begin > span.end || span.end > source->bytes().size()) std::abort();
    source->location(offset);
  }
  return 0;
}

}  // namespace crosscheck::fuzz
