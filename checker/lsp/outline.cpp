#include "lsp/outline.h"

#include "base/ascii.h"
#include "lsp/yaml_extent.h"

namespace crosscheck::lsp {

namespace {

// Where a key's ':' is, when the text at `begin` is `key: ...` (or `key:` at the end); npos if not.
std::size_t colon_after_key(std::string_view text, std::size_t begin) {
  std::size_t end = key_end(text, begin);
  if (end == begin) return std::string_view::npos;
  std::size_t i = end;
  while (i < text.size() && is_blank(text[i])) ++i;
  if (i < text.size() && text[i] == ':' &&
      (i + 1 >= text.size() || is_blank(text[i + 1]) || text[i + 1] == '\n' || text[i + 1] == '\r'))
    return i;
  return std::string_view::npos;
}

std::string key_text(std::string_view text, std::size_t begin, std::size_t end) {
  std::string_view key = text.substr(begin, end - begin);
  if (key.size() >= 2 && (key.front() == '"' || key.front() == '\'') && key.back() == key.front())
    key = key.substr(1, key.size() - 2);
  return std::string(key);
}

}  // namespace

Outline::Outline(std::string_view text) {
  std::size_t line = 0;
  std::optional<std::size_t> block_above;  // lines indented deeper are a block scalar's text
  std::vector<std::size_t> open;
  for (std::size_t start = 0; start <= text.size(); ++line) {
    std::size_t eol = text.find('\n', start);
    if (eol == std::string_view::npos) eol = text.size();
    std::size_t i = start;
    while (i < eol && text[i] == ' ') ++i;
    if (block_above) {
      bool blank = text.substr(i, eol - i).find_first_not_of(" \t\r") == std::string_view::npos;
      if (blank || i - start > *block_above) {
        start = eol + 1;
        continue;
      }
      block_above.reset();
    }
    bool item = false;
    // "- " markers (possibly several, "- - key:") open list items; the key comes after them.
    while (i + 1 < eol && text[i] == '-' && is_blank(text[i + 1])) {
      item = true;
      i += 2;
      while (i < eol && is_blank(text[i])) ++i;
    }
    bool comment = i < eol && text[i] == '#';
    bool document_marker = text.substr(i, 3) == "---" || text.substr(i, 3) == "...";
    std::size_t colon = comment || document_marker ? std::string_view::npos : colon_after_key(text, i);
    if (colon != std::string_view::npos && colon < eol) {
      OutlineKey k;
      k.line = line;
      k.indent = i - start;
      k.begin = i;
      k.end = key_end(text, i);
      k.key = key_text(text, k.begin, k.end);
      // The open keys, by indent: each line closes those at or right of its key (one pass).
      std::optional<std::size_t> sibling;
      while (!open.empty() && keys_[open.back()].indent >= k.indent) {
        if (keys_[open.back()].indent == k.indent) sibling = open.back();
        open.pop_back();
      }
      if (!open.empty()) k.parent = open.back();
      k.list_item = item || (sibling && keys_[*sibling].list_item && keys_[*sibling].parent == k.parent);
      open.push_back(keys_.size());
      std::size_t v = colon + 1;
      while (v < eol && is_blank(text[v])) ++v;
      k.value_begin = v;
      k.value_end = v < eol && text[v] != '#' ? scalar_end(text, v) : v;
      if (k.value_end < k.value_begin) k.value_end = k.value_begin;
      if (k.value_end > eol) k.value_end = eol;
      if (v < eol && (text[v] == '|' || text[v] == '>')) block_above = i - start;
      keys_.push_back(std::move(k));
      if (v < eol && text[v] == '{') {
        std::size_t at = v;
        read_flow(text.substr(0, eol), at, line, keys_.size() - 1, 0);
      }
    }
    start = eol + 1;
  }
}

// Keys of a one-line flow map: `{diplomat: "...", csis: {quote: "...", figure: 1}}`.
void Outline::read_flow(std::string_view text, std::size_t& i, std::size_t line, std::optional<std::size_t> parent,
                        int depth) {
  ++i;  // the '{'
  std::size_t line_start = text.rfind('\n', i) == std::string_view::npos ? 0 : text.rfind('\n', i) + 1;
  while (i < text.size()) {
    while (i < text.size() && (is_blank(text[i]) || text[i] == ',')) ++i;
    if (i >= text.size() || text[i] == '}') {
      if (i < text.size()) ++i;
      return;
    }
    std::size_t colon = colon_after_key(text, i);
    std::size_t entry_end;
    if (colon == std::string_view::npos) {
      entry_end = key_end(text, i);
      if (entry_end == i) ++entry_end;
      i = entry_end;
      continue;
    }
    OutlineKey k;
    k.line = line;
    k.indent = i - line_start;
    k.begin = i;
    k.end = key_end(text, i);
    k.key = key_text(text, k.begin, k.end);
    k.parent = parent;
    k.flow = true;
    std::size_t v = colon + 1;
    while (v < text.size() && is_blank(text[v])) ++v;
    k.value_begin = v;
    std::size_t index = keys_.size();
    keys_.push_back(k);
    // Deeper than any rule file nests (the loader refuses more), the keys are not worth a stack.
    if (v < text.size() && text[v] == '{' && depth < 64) {
      read_flow(text, v, line, index, depth + 1);
      keys_[index].value_end = v;
      i = v;
      continue;
    }
    std::size_t value_start = v < text.size() && (text[v] == '"' || text[v] == '\'') ? v + 1 : v;
    std::size_t end = scalar_end(text, value_start);
    keys_[index].value_end = end < text.size() && (text[end] == '"' || text[end] == '\'') ? end + 1 : end;
    i = keys_[index].value_end > i ? keys_[index].value_end : i + 1;
  }
}

std::vector<std::string> Outline::path(std::size_t index) const {
  std::vector<std::string> reversed;
  for (std::optional<std::size_t> at = index; at; at = keys_[*at].parent) {
    reversed.push_back(keys_[*at].key);
    if (keys_[*at].list_item) reversed.push_back("-");
  }
  return {reversed.rbegin(), reversed.rend()};
}

std::optional<std::size_t> Outline::find(const std::vector<std::string_view>& keys) const {
  std::optional<std::size_t> parent;
  for (std::string_view key : keys) {
    std::optional<std::size_t> found;
    for (std::size_t i = 0; i < keys_.size(); ++i)
      if (keys_[i].parent == parent && keys_[i].key == key) {
        found = i;
        break;
      }
    if (!found) return std::nullopt;
    parent = found;
  }
  return parent;
}

std::vector<std::size_t> Outline::children(std::optional<std::size_t> parent) const {
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < keys_.size(); ++i)
    if (keys_[i].parent == parent) out.push_back(i);
  return out;
}

std::optional<std::size_t> Outline::at(std::size_t offset) const {
  std::optional<std::size_t> best;
  for (std::size_t i = 0; i < keys_.size(); ++i) {
    const OutlineKey& k = keys_[i];
    std::size_t end = std::max(k.end, k.value_end);
    if (k.begin <= offset && offset <= end) best = i;  // the innermost (flow keys come later)
  }
  return best;
}

std::optional<std::size_t> Outline::enclosing(std::size_t line, std::size_t indent) const {
  for (std::size_t i = keys_.size(); i-- > 0;) {
    const OutlineKey& k = keys_[i];
    if (k.line >= line || k.flow) continue;
    if (k.indent < indent) return i;
  }
  return std::nullopt;
}

bool Outline::in_list_item(std::size_t line, std::size_t indent, std::optional<std::size_t> parent) const {
  for (std::size_t i = keys_.size(); i-- > 0;) {
    const OutlineKey& k = keys_[i];
    if (k.line >= line || k.flow) continue;
    if (k.parent == parent && k.indent == indent) return k.list_item;
    if (parent && i == *parent) return false;
  }
  return false;
}

}  // namespace crosscheck::lsp
