#include "lsp/rule_schema.h"

#include <algorithm>

namespace crosscheck::lsp {

namespace {

using nlohmann::json;

const json* resolve(const json* node) {
  // A chain of $refs ends within the number of definitions; more means a cycle.
  for (int hops = 0; node && node->is_object() && node->contains("$ref") && hops < 32; ++hops) {
    const json& ref = (*node)["$ref"];
    if (!ref.is_string()) return nullptr;
    std::string pointer = ref.get<std::string>();
    if (!pointer.starts_with("#")) return nullptr;
    try {
      node = &rule_schema().at(json::json_pointer(pointer.substr(1)));
    } catch (const json::exception&) {
      return nullptr;
    }
  }
  return node && node->is_object() ? node : nullptr;
}

template <typename Visit>
void each_alternative(const json* node, Visit&& visit, int depth = 0) {
  node = resolve(node);
  if (!node || depth > 8) return;
  visit(*node);
  for (const char* word : {"anyOf", "oneOf", "allOf"}) {
    auto it = node->find(word);
    if (it == node->end() || !it->is_array()) continue;
    for (const json& alternative : *it) each_alternative(&alternative, visit, depth + 1);
  }
}

const json* step(const json* node, const std::string& key) {
  const json* found = nullptr;
  const json* any_key = nullptr;
  each_alternative(node, [&](const json& n) {
    if (found) return;
    if (key == "-") {
      if (auto items = n.find("items"); items != n.end() && items->is_object()) found = &*items;
      return;
    }
    if (auto properties = n.find("properties"); properties != n.end() && properties->is_object())
      if (auto p = properties->find(key); p != properties->end()) found = &*p;
    if (auto additional = n.find("additionalProperties"); !any_key && additional != n.end() && additional->is_object())
      any_key = &*additional;
  });
  return found ? found : any_key;
}

}  // namespace

const json& rule_schema() {
  static const json schema = json::parse(rule_schema_text(), nullptr, false);
  return schema;
}

const json* schema_at(const std::vector<std::string>& path) {
  const json* node = &rule_schema();
  for (const std::string& key : path) {
    node = step(node, key);
    if (!node) return nullptr;
  }
  return node;
}

std::vector<SchemaKey> schema_keys(const json& node) {
  std::vector<SchemaKey> keys;
  each_alternative(&node, [&](const json& n) {
    auto properties = n.find("properties");
    if (properties == n.end() || !properties->is_object()) return;
    for (auto item = properties->begin(); item != properties->end(); ++item) {
      // Not a structured binding: clang 14 (the fuzz build) cannot capture one in a lambda.
      const std::string& name = item.key();
      const json& value = item.value();
      if (std::any_of(keys.begin(), keys.end(), [&](const SchemaKey& k) { return k.name == name; })) continue;
      std::string description;
      for (const json* v = &value; v && description.empty(); v = v->contains("$ref") ? resolve(v) : nullptr)
        if (auto d = v->find("description"); d != v->end() && d->is_string()) description = d->get<std::string>();
      keys.push_back({name, description});
    }
  });
  return keys;
}

std::vector<std::string> schema_values(const json& node) {
  std::vector<std::string> values;
  auto add = [&](std::string v) {
    if (std::find(values.begin(), values.end(), v) == values.end()) values.push_back(std::move(v));
  };
  each_alternative(&node, [&](const json& n) {
    if (auto e = n.find("enum"); e != n.end() && e->is_array())
      for (const json& v : *e) add(v.is_string() ? v.get<std::string>() : v.dump());
    if (auto t = n.find("type"); t != n.end() && *t == "boolean") {
      add("true");
      add("false");
    }
  });
  return values;
}

bool schema_is_id_map(const json& node) {
  bool id_map = false;
  each_alternative(&node, [&](const json& n) {
    if (auto a = n.find("additionalProperties"); a != n.end() && a->is_object()) id_map = true;
  });
  return id_map;
}

}  // namespace crosscheck::lsp
