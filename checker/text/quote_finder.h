// Finds an editor's quote in a source, equal up to white space, quote marks and markup.
#pragma once

#include "base/span.h"
#include "text/source_file.h"

#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace crosscheck {

struct QuoteSearch {
  std::vector<Span> matches;  // spans in source.plain(), in text order
  // When nothing matched: the passage of the source most like the quote (empty when none is).
  Span closest;
  std::string closest_text;
};

// Built once per source (one pass), then answers any number of quotes, from any number of threads.
// Normalisation (SPEC §3): any run of white space equals one space; curly and straight quotes and
// apostrophes are equal; HTML tags and entities are already gone from plain() (and are removed
// from the quote too); leading and trailing space of the quote is ignored; case is significant.
class QuoteIndex {
 public:
  explicit QuoteIndex(const SourceFile& source);
  QuoteIndex(const QuoteIndex&) = delete;
  QuoteIndex& operator=(const QuoteIndex&) = delete;

  // Every occurrence (not overlapping), or else the closest passage. Linear in the source.
  QuoteSearch find(std::string_view quote) const;
  const SourceFile& source() const { return source_; }

 private:
  // Where normalised_ and plain() realign: from `normalised` on, byte k of normalised_ came from
  // byte `plain` + k of plain(), up to the next anchor. Few: only folded runs and quote marks move.
  struct Anchor {
    std::size_t normalised;
    std::size_t plain;
  };
  struct Word {
    std::size_t begin;    // in normalised_
    std::uint32_t length;
    std::uint32_t id;     // in vocabulary_
  };
  std::size_t to_plain(std::size_t normalised_offset) const;
  void build_words() const;
  void closest(std::string_view normalised_quote, QuoteSearch& result) const;

  const SourceFile& source_;
  std::string normalised_;        // plain() normalised
  std::vector<Anchor> anchors_;   // sorted; the first is {0, 0}
  // The word index serves only quotes that are not found, so it is built on the first of them.
  mutable std::once_flag words_built_;
  mutable std::vector<Word> words_;
  mutable std::unordered_map<std::string, std::uint32_t> vocabulary_;  // lower-cased ASCII
};

// The normalisation applied to quotes and sources alike: Unicode NFC (sources are NFC already:
// SourceFile::plain()), white space runs become one space,
// curly and straight quote marks one straight mark, invisible characters (zero-width space, soft
// hyphen, byte order mark) vanish. Expects valid UTF-8.
std::string normalise_for_quotes(std::string_view text);

}  // namespace crosscheck
