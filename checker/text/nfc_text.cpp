#include "text/nfc_text.h"

#include "text/utf8.h"

#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>

#include <limits>
#include <stdexcept>

namespace crosscheck {

namespace {

const icu::Normalizer2& nfc() {
  // ICU's NFC data is built into the library: failing to get it means a broken installation.
  static const icu::Normalizer2* instance = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status) || n == nullptr)
      throw std::runtime_error(std::string("ICU NFC normaliser unavailable: ") + u_errorName(status));
    return n;
  }();
  return *instance;
}

// ICU takes 32-bit lengths; sources are far smaller (64 MiB at most), quotes too.
bool fits_icu(std::string_view text) {
  return text.size() <= static_cast<std::size_t>(std::numeric_limits<int32_t>::max());
}

// Code points below U+0300 are all NFC and never combine with what precedes them, and every
// UTF-8 byte below 0xCC belongs to one of them: such text needs no further look.
bool below_combining_marks(std::string_view text) {
  for (const char c : text)
    if (static_cast<unsigned char>(c) >= 0xCC) return false;
  return true;
}

}  // namespace

bool is_nfc(std::string_view text) {
  if (below_combining_marks(text)) return true;
  if (!fits_icu(text)) return false;
  UErrorCode status = U_ZERO_ERROR;
  const bool yes = nfc().isNormalizedUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())), status);
  return U_SUCCESS(status) && yes;
}

std::optional<PlainText> normalise_nfc(std::string_view text) {
  if (is_nfc(text) || !fits_icu(text)) return std::nullopt;
  PlainText out;
  out.text.reserve(text.size());
  icu::StringByteSink<std::string> sink(&out.text);
  icu::Edits edits;
  UErrorCode status = U_ZERO_ERROR;
  nfc().normalizeUTF8(0, icu::StringPiece(text.data(), static_cast<int32_t>(text.size())), sink, &edits,
                      status);
  if (U_FAILURE(status)) return std::nullopt;
  // Fine edits: each changed run is as short as normalisation allows (one base letter and its
  // marks), so an offset maps back to the character it belongs to.
  icu::Edits::Iterator it = edits.getFineIterator();
  while (it.next(status)) {
    const auto plain = static_cast<std::size_t>(it.destinationIndex());
    const auto original = static_cast<std::size_t>(it.sourceIndex());
    const auto original_end = original + static_cast<std::size_t>(it.oldLength());
    if (it.newLength() == 0) continue;  // nothing in the output to map (NFC removes nothing)
    if (!it.hasChange() && !out.segments.empty() && out.segments.back().verbatim &&
        out.segments.back().original_end == original) {
      out.segments.back().original_end = original_end;  // one verbatim run
      continue;
    }
    out.segments.push_back({plain, original, original_end, !it.hasChange()});
  }
  if (U_FAILURE(status)) return std::nullopt;
  return out;
}

std::string to_nfc(std::string_view text) {
  if (is_nfc(text) || validate_utf8(text)) return std::string(text);
  auto normalised = normalise_nfc(text);
  return normalised ? std::move(normalised->text) : std::string(text);
}

}  // namespace crosscheck
