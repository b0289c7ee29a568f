// Finds an editor's quote in a source, equal up to white space, quote marks and markup.
#pragma once

#include "base/span.h"
#include "text/source_file.h"

#include <string>
#include <string_view>
#include <vector>

namespace crosscheck {

struct QuoteSearch {
  std::vector<Span> matches;  // spans in source.plain(), in text order
  // When nothing matched: the passage of the source most like the quote (empty when none is).
  Span closest;
  std::string closest_text;
};

// Built once per source (one pass), then answers any number of quotes.
// Normalisation (SPEC §3): any run of white space equals one space; curly and straight quotes and
// apostrophes are equal; HTML tags and entities are already gone from plain(); case is significant.
class QuoteIndex {
 public:
  explicit QuoteIndex(const SourceFile& source);
  QuoteSearch find(std::string_view quote) const;

 private:
  const SourceFile& source_;
  std::string normalised_;              // plain() normalised
  std::vector<std::size_t> to_plain_;   // normalised offset → plain offset (size normalised_+1)
};

// The normalisation applied to quotes and sources alike.
std::string normalise_for_quotes(std::string_view text);

}  // namespace crosscheck
