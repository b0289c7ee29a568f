#include "lsp/positions.h"

#include <algorithm>

namespace crosscheck::lsp {

std::string_view to_string(Encoding encoding) {
  switch (encoding) {
    case Encoding::utf8: return "utf-8";
    case Encoding::utf16: return "utf-16";
    case Encoding::utf32: return "utf-32";
  }
  return "utf-16";
}

std::size_t utf8_length(unsigned char lead) {
  if (lead < 0xC0) return 1;
  if (lead < 0xE0) return 2;
  if (lead < 0xF0) return 3;
  return 4;
}

namespace {

std::size_t units(std::size_t bytes, Encoding encoding) {
  switch (encoding) {
    case Encoding::utf8: return bytes;
    case Encoding::utf16: return bytes == 4 ? 2 : 1;
    case Encoding::utf32: return 1;
  }
  return 1;
}

}  // namespace

TextPositions::TextPositions(std::string_view text) : text_(text) {
  starts_.push_back(0);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
    if (text[i] == '\n' || text[i] == '\r') starts_.push_back(i + 1);
  }
}

std::size_t TextPositions::line_start(std::size_t line) const {
  return line < starts_.size() ? starts_[line] : text_.size();
}

std::size_t TextPositions::line_end(std::size_t line) const {
  if (line + 1 >= starts_.size()) return text_.size();
  std::size_t end = starts_[line + 1] - 1;  // the \n or lone \r
  if (text_[end] == '\n' && end > starts_[line] && text_[end - 1] == '\r') --end;
  return end;
}

std::string_view TextPositions::line_text(std::size_t line) const {
  if (line >= starts_.size()) return {};
  return text_.substr(starts_[line], line_end(line) - starts_[line]);
}

LspPosition TextPositions::position(std::size_t offset, Encoding encoding) const {
  offset = std::min(offset, text_.size());
  std::size_t line = static_cast<std::size_t>(std::upper_bound(starts_.begin(), starts_.end(), offset) - starts_.begin()) - 1;
  std::size_t end = std::min(offset, line_end(line));
  std::size_t character = 0;
  for (std::size_t i = starts_[line]; i < end;) {
    std::size_t length = std::min(utf8_length(static_cast<unsigned char>(text_[i])), end - i);
    character += units(length, encoding);
    i += length;
  }
  return {line, character};
}

LspRange TextPositions::range(std::size_t begin, std::size_t end, Encoding encoding) const {
  return {position(begin, encoding), position(std::max(begin, end), encoding)};
}

std::size_t TextPositions::offset(LspPosition position, Encoding encoding) const {
  if (position.line >= starts_.size()) return text_.size();
  std::size_t end = line_end(position.line);
  std::size_t i = starts_[position.line];
  for (std::size_t character = 0; i < end;) {
    std::size_t length = std::min(utf8_length(static_cast<unsigned char>(text_[i])), end - i);
    character += units(length, encoding);
    if (character > position.character) break;
    i += length;
  }
  return i;
}

std::size_t TextPositions::offset_of_column(std::size_t line, std::size_t column) const {
  if (line == 0) return 0;
  return offset({line - 1, column == 0 ? 0 : column - 1}, Encoding::utf32);
}

}  // namespace crosscheck::lsp
