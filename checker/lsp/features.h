// What the server answers about a place in a rule file, one feature per file: hover.cpp,
// definition.cpp, completion.cpp.
#pragma once

#include "lsp/analysis.h"
#include "lsp/documents.h"
#include "lsp/positions.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace crosscheck::lsp {

struct FeatureContext {
  const Document& document;
  const Analysis* analysis = nullptr;  // of document.text, or nullptr
  Encoding encoding = Encoding::utf16;
  // Source and claim ids of the last analysis that loaded (a file being typed may not).
  std::vector<std::string> known_sources, known_claims;
};

// Each takes the byte offset of the cursor in document.text and returns an LSP result (null for
// nothing).
nlohmann::json hover_at(const FeatureContext& context, std::size_t offset);
nlohmann::json definition_at(const FeatureContext& context, std::size_t offset);
nlohmann::json completion_at(const FeatureContext& context, std::size_t offset);

}  // namespace crosscheck::lsp
