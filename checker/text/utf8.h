// UTF-8 validation and decoding, for refusing bad sources and walking text by code point.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace crosscheck {

struct Utf8Error {
  std::size_t offset = 0;  // the first byte of the bad sequence
  std::string message;     // what is wrong, e.g. "unexpected continuation byte 0x80"
};

// The first invalid sequence of `text`, or nullopt when it is all valid UTF-8. Overlong forms,
// surrogates and code points above U+10FFFF are invalid.
std::optional<Utf8Error> validate_utf8(std::string_view text);

// The byte order mark some editors write at the start of a UTF-8 file.
inline constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

inline bool is_utf8_continuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

// Decodes the code point at `pos` and moves `pos` past it. A byte that does not start a valid
// sequence gives U+FFFD and moves one byte, so a walk always ends.
char32_t decode_utf8(std::string_view text, std::size_t& pos);

void append_utf8(std::string& out, char32_t code_point);

}  // namespace crosscheck
