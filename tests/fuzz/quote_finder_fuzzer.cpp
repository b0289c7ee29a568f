// The quote finder: the input is a source, a NUL byte, then quotes one per line. A match must
// lie inside the source, and so must the closest passage of a quote not found.
#include "fuzz_input.h"
#include "text/quote_finder.h"

#include <algorithm>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace crosscheck;
  const std::uint8_t* nul = std::find(data, data + size, 0);
  if (nul == data + size) return 0;
  auto source = fuzz::source_of(data, static_cast<std::size_t>(nul - data), SourceFormat::html);
  auto quotes = fuzz::source_of(nul + 1, static_cast<std::size_t>(data + size - nul - 1), SourceFormat::text);
  if (!source || !quotes) return 0;
  const QuoteIndex index(*source);
  const std::string_view text = quotes->plain();
  const std::size_t plain = source->plain().size();
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = std::min(text.find('\n', start), text.size());
    const QuoteSearch search = index.find(text.substr(start, end - start));
    for (const Span& match : search.matches)
      if (match.begin > match.end || match.end > plain) std::abort();
    if (search.closest.begin > search.closest.end || search.closest.end > plain) std::abort();
    start = end + 1;
  }
  return 0;
}
