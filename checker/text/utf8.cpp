#include "text/utf8.h"

#include <fmt/format.h>

namespace crosscheck {

namespace {

// Length of the sequence a lead byte starts; 0 when the byte cannot start one.
std::size_t sequence_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if (lead >= 0xC2 && lead <= 0xDF) return 2;
  if (lead >= 0xE0 && lead <= 0xEF) return 3;
  if (lead >= 0xF0 && lead <= 0xF4) return 4;
  return 0;
}

// The valid range of the byte after a lead byte: it is where overlong forms, surrogates and
// code points above U+10FFFF are ruled out (Unicode table 3-7).
std::pair<unsigned char, unsigned char> second_byte_range(unsigned char lead) {
  switch (lead) {
    case 0xE0: return {0xA0, 0xBF};
    case 0xED: return {0x80, 0x9F};
    case 0xF0: return {0x90, 0xBF};
    case 0xF4: return {0x80, 0x8F};
    default: return {0x80, 0xBF};
  }
}

std::string second_byte_problem(unsigned char lead, unsigned char second) {
  if (!is_utf8_continuation(second)) return {};
  switch (lead) {
    case 0xE0:
    case 0xF0: return fmt::format("overlong encoding (0x{:02X} 0x{:02X})", lead, second);
    case 0xED: return fmt::format("encoded surrogate (0x{:02X} 0x{:02X})", lead, second);
    case 0xF4: return "code point above U+10FFFF";
    default: return {};
  }
}

}  // namespace

std::optional<Utf8Error> validate_utf8(std::string_view text) {
  std::size_t i = 0;
  const std::size_t size = text.size();
  while (i < size) {
    const auto lead = static_cast<unsigned char>(text[i]);
    if (lead < 0x80) {
      ++i;
      continue;
    }
    const std::size_t length = sequence_length(lead);
    if (length == 0) {
      if (is_utf8_continuation(lead))
        return Utf8Error{i, fmt::format("unexpected continuation byte 0x{:02X}", lead)};
      if (lead == 0xC0 || lead == 0xC1)
        return Utf8Error{i, fmt::format("overlong encoding (byte 0x{:02X})", lead)};
      return Utf8Error{i, fmt::format("byte 0x{:02X} never appears in UTF-8", lead)};
    }
    for (std::size_t k = 1; k < length; ++k) {
      const bool present = i + k < size;
      const auto byte = present ? static_cast<unsigned char>(text[i + k]) : 0;
      const auto [low, high] = k == 1 ? second_byte_range(lead) : std::pair<unsigned char, unsigned char>{0x80, 0xBF};
      if (present && byte >= low && byte <= high) continue;
      if (k == 1 && present) {
        std::string problem = second_byte_problem(lead, byte);
        if (!problem.empty()) return Utf8Error{i, std::move(problem)};
      }
      return Utf8Error{i, fmt::format("incomplete sequence: byte 0x{:02X} must be followed by {} "
                                      "continuation byte{}",
                                      lead, length - 1, length == 2 ? "" : "s")};
    }
    i += length;
  }
  return std::nullopt;
}

char32_t decode_utf8(std::string_view text, std::size_t& pos) {
  const auto lead = static_cast<unsigned char>(text[pos]);
  if (lead < 0x80) {
    ++pos;
    return lead;
  }
  const std::size_t length = sequence_length(lead);
  if (length == 0 || pos + length > text.size()) {
    ++pos;
    return 0xFFFD;
  }
  char32_t code_point = lead & (0x7F >> length);
  for (std::size_t k = 1; k < length; ++k) {
    const auto byte = static_cast<unsigned char>(text[pos + k]);
    if (!is_utf8_continuation(byte)) {
      ++pos;
      return 0xFFFD;
    }
    code_point = (code_point << 6) | (byte & 0x3F);
  }
  pos += length;
  return code_point;
}

void append_utf8(std::string& out, char32_t code_point) {
  if (code_point < 0x80) {
    out += static_cast<char>(code_point);
  } else if (code_point < 0x800) {
    out += static_cast<char>(0xC0 | (code_point >> 6));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  } else if (code_point < 0x10000) {
    out += static_cast<char>(0xE0 | (code_point >> 12));
    out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (code_point >> 18));
    out += static_cast<char>(0x80 | ((code_point >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  }
}

}  // namespace crosscheck
