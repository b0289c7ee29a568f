#include "lsp/yaml_extent.h"

#include "base/ascii.h"

namespace crosscheck::lsp {

namespace {

bool is_eol(char c) { return c == '\n' || c == '\r'; }
bool is_word(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

std::size_t trim_back(std::string_view text, std::size_t begin, std::size_t end) {
  while (end > begin && is_blank(text[end - 1])) --end;
  return end;
}

// Whether `begin` is inside a flow collection opened earlier on its line. Only so far back is
// read, so that asking for every scalar of a long line stays linear: a line longer than that is
// a flow collection written on one line.
constexpr std::size_t kLookBack = 4096;

bool in_flow(std::string_view text, std::size_t begin) {
  std::size_t start = begin;
  while (start > 0 && !is_eol(text[start - 1])) {
    if (begin - start >= kLookBack) return true;
    --start;
  }
  int depth = 0;
  char quote = 0;
  for (std::size_t i = start; i < begin; ++i) {
    char c = text[i];
    if (quote) {
      if (c == quote) quote = 0;
      continue;
    }
    if (c == '"' || c == '\'') quote = c;
    else if (c == '{' || c == '[') ++depth;
    else if ((c == '}' || c == ']') && depth > 0) --depth;
  }
  return depth > 0;
}

}  // namespace

std::size_t key_end(std::string_view text, std::size_t begin) {
  if (begin >= text.size()) return text.size();
  char quote = text[begin];
  if (quote == '"' || quote == '\'') {
    std::size_t close = text.find(quote, begin + 1);
    return close == std::string_view::npos || text.substr(begin, close - begin).find('\n') != std::string_view::npos
               ? begin + 1
               : close + 1;
  }
  std::size_t i = begin;
  while (i < text.size() && !is_eol(text[i]) && text[i] != ',' && text[i] != '{' && text[i] != '}' &&
         text[i] != '[' && text[i] != ']') {
    if (text[i] == ':' && (i + 1 >= text.size() || is_blank(text[i + 1]) || is_eol(text[i + 1]))) break;
    if (text[i] == '#' && i > begin && is_blank(text[i - 1])) break;
    ++i;
  }
  return trim_back(text, begin, i);
}

std::size_t scalar_end(std::string_view text, std::size_t begin) {
  if (begin > text.size()) return text.size();
  char opened = begin > 0 ? text[begin - 1] : 0;
  if (opened == '"') {
    for (std::size_t i = begin; i < text.size(); ++i) {
      if (text[i] == '\\') ++i;
      else if (text[i] == '"') return i;
    }
    return text.size();
  }
  if (opened == '\'') {
    for (std::size_t i = begin; i < text.size(); ++i) {
      if (text[i] != '\'') continue;
      if (i + 1 < text.size() && text[i + 1] == '\'') ++i;
      else return i;
    }
    return text.size();
  }
  bool flow = in_flow(text, begin);
  std::size_t i = begin;
  while (i < text.size() && !is_eol(text[i])) {
    if (text[i] == '#' && i > begin && is_blank(text[i - 1])) break;
    if (flow && (text[i] == ',' || text[i] == '}' || text[i] == ']')) break;
    ++i;
  }
  return trim_back(text, begin, i);
}

Word word_at(std::string_view text, std::size_t offset) {
  if (offset > text.size()) return {};
  std::size_t begin = offset, end = offset;
  while (begin > 0 && is_word(text[begin - 1])) --begin;
  while (end < text.size() && is_word(text[end])) ++end;
  return {begin, end};
}

}  // namespace crosscheck::lsp
