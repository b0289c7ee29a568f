// The JSON Schema of the rule format (docs/rule-schema.json), walked by key paths for completion.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace crosscheck::lsp {

// docs/rule-schema.json as it was when the program was built.
std::string_view rule_schema_text();
const nlohmann::json& rule_schema();

// The schema of the value at `path` (keys from the top; "-" steps into a list item), or nullptr
// when the path leaves the schema. `$ref`s are followed; of `anyOf`/`oneOf`, the first that has
// the key.
const nlohmann::json* schema_at(const std::vector<std::string>& path);

struct SchemaKey {
  std::string name;
  std::string description;
};
// The keys a map at `node` may hold (of every `anyOf`/`oneOf` alternative that is a map).
std::vector<SchemaKey> schema_keys(const nlohmann::json& node);
// The values `node` allows by enumeration: its `enum`, `true`/`false` for a boolean.
std::vector<std::string> schema_values(const nlohmann::json& node);
// Whether `node` (or an alternative) is a map keyed by ids the file chooses.
bool schema_is_id_map(const nlohmann::json& node);

}  // namespace crosscheck::lsp
