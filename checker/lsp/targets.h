// What the cursor is on in a checked rule file: a quote, a claim's literal value, a claim id (its
// key or a use in `expect`) or a source id (its key, its path, or a mention naming it).
#pragma once

#include "lsp/analysis.h"

#include <cstddef>
#include <string>

namespace crosscheck::lsp {

struct Target {
  enum class Kind { none, quote, value, claim, source };
  Kind kind = Kind::none;
  const ClaimDecl* claim = nullptr;    // quote, value, claim (nullptr for an unknown id in `expect`)
  std::size_t mention = 0;             // quote: the index of the mention in claim->mentions
  const SourceDecl* source = nullptr;  // source
  std::string id;                      // claim or source id under the cursor
  std::size_t begin = 0, end = 0;      // its bytes in analysis.text
};

// Only what is declared in analysis.text itself (not in the files it includes) is found.
Target target_at(const Analysis& analysis, std::size_t offset);

}  // namespace crosscheck::lsp
