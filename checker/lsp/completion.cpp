// Completion: the keys the schema allows at the cursor's nesting, source ids where a mention names
// a source, claim ids in `expect`, and the values of enumerations. Read from the text as it is
// typed (see outline.h), so a file that does not load yet is completed too.
#include "lsp/features.h"

#include "base/ascii.h"
#include "lsp/outline.h"
#include "lsp/rule_schema.h"

#include <algorithm>
#include <optional>

namespace crosscheck::lsp {

namespace {

using nlohmann::json;

// LSP CompletionItemKind.
constexpr int kProperty = 10, kValue = 12, kReference = 18, kVariable = 6;

// A key or a scalar as written: blanks around it and its quotes taken off.
std::string_view bare_scalar(std::string_view s) {
  s = trim_blanks(s);
  if (s.size() >= 2 && (s.front() == '"' || s.front() == '\'') && s.back() == s.front()) s = s.substr(1, s.size() - 2);
  return s;
}

// Where the cursor is in terms of the format: completing a key of the map at `path`, or the
// value of `key` in it.
struct Cursor {
  std::vector<std::string> path;  // of the map ("-" steps into a list item)
  bool on_key = true;
  std::string key;  // on a value: whose
};

// The cursor inside a flow map on the line: `mentions: {diplomat: "...", cs|`.
bool in_flow(std::string_view value, Cursor& cursor) {
  std::vector<std::string> stack;
  std::string pending = cursor.key;
  bool in_key = false;
  std::size_t segment = 0;
  char quote = 0;
  for (std::size_t i = 0; i < value.size(); ++i) {
    char c = value[i];
    if (quote) {
      if (c == quote) quote = 0;
      continue;
    }
    if (c == '"' || c == '\'') quote = c;
    else if (c == '{') {
      stack.push_back(pending);
      pending.clear();
      in_key = true;
      segment = i + 1;
    } else if (c == '}') {
      if (!stack.empty()) stack.pop_back();
      in_key = false;
    } else if (c == ',') {
      in_key = true;
      segment = i + 1;
    } else if (c == ':' && in_key && (i + 1 == value.size() || is_blank(value[i + 1]))) {
      pending = std::string(bare_scalar(value.substr(segment, i - segment)));
      in_key = false;
    }
  }
  if (stack.empty()) return false;
  cursor.path.insert(cursor.path.end(), stack.begin(), stack.end());
  cursor.on_key = in_key;
  cursor.key = in_key ? "" : pending;
  return true;
}

std::optional<Cursor> cursor_at(const std::string& text, std::size_t offset, const Outline& outline) {
  std::size_t line_start = text.rfind('\n', offset == 0 ? 0 : offset - 1);
  line_start = line_start == std::string::npos || offset == 0 ? 0 : line_start + 1;
  std::size_t line = static_cast<std::size_t>(std::count(text.begin(), text.begin() + line_start, '\n'));
  std::string_view prefix = std::string_view(text).substr(line_start, offset - line_start);
  std::size_t i = 0;
  while (i < prefix.size() && prefix[i] == ' ') ++i;
  bool item = false;
  while (i < prefix.size() && prefix[i] == '-' && (i + 1 == prefix.size() || is_blank(prefix[i + 1]))) {
    item = true;
    i += 1;
    while (i < prefix.size() && is_blank(prefix[i])) ++i;
  }
  if (i < prefix.size() && prefix[i] == '#') return std::nullopt;
  std::string_view rest = prefix.substr(i);
  std::optional<std::size_t> parent = outline.enclosing(line, i);
  Cursor cursor;
  if (parent) cursor.path = outline.path(*parent);
  if (item || outline.in_list_item(line, i, parent)) cursor.path.push_back("-");
  // A key ends at ': ' (or ':' at the cursor) outside quotes.
  std::size_t colon = std::string_view::npos;
  char quote = 0;
  for (std::size_t j = 0; j < rest.size(); ++j) {
    if (quote) {
      if (rest[j] == quote) quote = 0;
    } else if (rest[j] == '"' || rest[j] == '\'') {
      quote = rest[j];
    } else if (rest[j] == ':' && (j + 1 == rest.size() || is_blank(rest[j + 1]))) {
      colon = j;
      break;
    } else if (rest[j] == '{' || rest[j] == '[') {
      break;
    }
  }
  if (colon == std::string_view::npos) return cursor;
  cursor.key = std::string(bare_scalar(rest.substr(0, colon)));
  std::string_view value = rest.substr(colon + 1);
  while (!value.empty() && is_blank(value.front())) value.remove_prefix(1);
  if (!value.empty() && value.front() == '{') {
    if (in_flow(value, cursor)) return cursor;
  }
  cursor.on_key = false;
  return cursor;
}

void add_ids(std::vector<std::string>& ids, const std::vector<std::string>& more) {
  for (const std::string& id : more)
    if (!id.empty() && std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
}

std::vector<std::string> declared(const Outline& outline, std::string_view section, const std::vector<std::string>& known) {
  std::vector<std::string> ids;
  if (auto top = outline.find({section}))
    for (std::size_t child : outline.children(*top)) ids.push_back(outline.keys()[child].key);
  add_ids(ids, known);
  return ids;
}

json item(const std::string& label, int kind, std::string detail, std::string insert) {
  json out = {{"label", label}, {"kind", kind}, {"insertText", std::move(insert)}};
  if (!detail.empty()) out["detail"] = std::move(detail);
  return out;
}

}  // namespace

json completion_at(const FeatureContext& context, std::size_t offset) {
  const std::string& text = context.document.text;
  offset = std::min(offset, text.size());
  Outline outline(text);
  std::optional<Cursor> cursor = cursor_at(text, offset, outline);
  json items = json::array();
  if (!cursor) return {{"isIncomplete", false}, {"items", items}};
  const std::vector<std::string>& path = cursor->path;
  bool in_mentions = path.size() >= 3 && path[0] == "claims" && path[2] == "mentions";
  std::vector<std::string> sources = declared(outline, "sources", context.known_sources);
  std::vector<std::string> claims = declared(outline, "claims", context.known_claims);

  if (cursor->on_key) {
    // A mention keyed by its source (not a list item): the source ids.
    if (in_mentions && path.size() == 3) {
      for (const std::string& id : sources) items.push_back(item(id, kReference, "source", id + ": "));
    } else if (const json* node = schema_at(path)) {
      for (const SchemaKey& k : schema_keys(*node)) items.push_back(item(k.name, kProperty, k.description, k.name + ": "));
    }
  } else if (cursor->key == "source" && in_mentions) {
    for (const std::string& id : sources) items.push_back(item(id, kReference, "source", id));
  } else if (cursor->key == "expect") {
    for (const std::string& id : claims) items.push_back(item(id, kVariable, "claim", id));
  } else {
    std::vector<std::string> value_path = path;
    value_path.push_back(cursor->key);
    if (const json* node = schema_at(value_path))
      for (const std::string& v : schema_values(*node)) items.push_back(item(v, kValue, "", v));
  }
  return {{"isIncomplete", false}, {"items", items}};
}

}  // namespace crosscheck::lsp
