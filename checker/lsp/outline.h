// The keys of a rule file read line by line, without a YAML parser: a file being typed is rarely
// valid YAML, yet completion and jumps still need to know which map the cursor is in.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crosscheck::lsp {

struct OutlineKey {
  std::string key;
  std::size_t line = 0;    // 0-based
  std::size_t indent = 0;  // bytes before the key on its line (a flow key: its column)
  std::size_t begin = 0, end = 0;              // the key's bytes in the text
  std::size_t value_begin = 0, value_end = 0;  // the rest of the entry on the line, trimmed
  bool list_item = false;  // in an item of a block sequence ("- source: csis", and the keys after it)
  bool flow = false;       // inside a {...} on the line of its parent
  std::optional<std::size_t> parent;  // index of the enclosing key
};

class Outline {
 public:
  explicit Outline(std::string_view text);

  const std::vector<OutlineKey>& keys() const { return keys_; }
  // The keys from the top level down to `index`, each list item marked by a "-" before its keys.
  std::vector<std::string> path(std::size_t index) const;
  // The key at this path of keys (no "-" marks), e.g. {"claims", "hospital_oda"}.
  std::optional<std::size_t> find(const std::vector<std::string_view>& keys) const;
  // The keys whose parent is `parent` (the top level for nullopt).
  std::vector<std::size_t> children(std::optional<std::size_t> parent) const;
  // The key whose entry contains the byte at `offset` (its key or its value on that line).
  std::optional<std::size_t> at(std::size_t offset) const;
  // The key that would enclose a new key written on `line` at `indent` (block style).
  std::optional<std::size_t> enclosing(std::size_t line, std::size_t indent) const;
  // Whether a key written on `line` at `indent` under `parent` is in a list item.
  bool in_list_item(std::size_t line, std::size_t indent, std::optional<std::size_t> parent) const;

 private:
  void read_flow(std::string_view text, std::size_t& i, std::size_t line, std::optional<std::size_t> parent,
                 int depth);

  std::vector<OutlineKey> keys_;
};

}  // namespace crosscheck::lsp
