// Unicode NFC normalisation (through ICU), with a map from the normalised text back to the input,
// so that text stored decomposed (NFD) reads and matches as text stored composed.
#pragma once

#include "text/html_text.h"

#include <optional>
#include <string>
#include <string_view>

namespace crosscheck {

// True when `text` is already in NFC (ICU's quick check; ASCII and most text are): nothing to do.
bool is_nfc(std::string_view text);

// `text` (valid UTF-8) in NFC, with segments from the normalised text back to `text`: the runs
// normalisation left alone are verbatim, each run it changed (a base letter with its combining
// marks, a decomposed Hangul syllable) replaces its original bytes as a whole. Returns nullopt
// when `text` is already NFC, so that the caller can use the text itself.
std::optional<PlainText> normalise_nfc(std::string_view text);

// `text` in NFC; invalid UTF-8 is returned unchanged (it matches nothing anyway).
std::string to_nfc(std::string_view text);

}  // namespace crosscheck
