// An analysis as LSP diagnostics of its rule file: load and expression errors where the loader
// put them, a quote that does not resolve on the quote (as `lint`), a failed check on the claim,
// check or source key that declared it (as `check`), with its mentions and its diagnosis as
// related information.
#pragma once

#include "lsp/analysis.h"
#include "lsp/positions.h"

#include <nlohmann/json.hpp>

namespace crosscheck::lsp {

// The `diagnostics` array of textDocument/publishDiagnostics for `analysis.text`.
nlohmann::json diagnostics_json(const Analysis& analysis, Encoding encoding);

// An LSP Location for a byte range of the file at `path` whose text is `text`.
nlohmann::json location_json(const std::string& path, std::string_view text, std::size_t begin, std::size_t end,
                             Encoding encoding);
nlohmann::json range_json(const LspRange& range);

}  // namespace crosscheck::lsp
