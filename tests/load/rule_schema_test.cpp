// docs/rule-schema.json, the JSON Schema editors use for rule files, against the loader: its keys
// are the loader's key tables (rule_keys.h) one for one; every rule file the loader accepts
// validates (ajv, reading YAML as editors do); every fixture the loader rejects for an unknown key
// or a wrong type is rejected by the schema too, the unknown keys named.
#include "load/rule_keys.h"
#include "load/rule_loader.h"
#include "test_support.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <regex>
#include <set>
#include <sstream>

namespace crosscheck {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

constexpr const char* kSchema = "docs/rule-schema.json";

json read_schema() {
  std::ifstream in(kSchema);
  return json::parse(in);
}

template <std::size_t N>
std::set<std::string> as_set(const std::array<std::string_view, N>& keys) {
  return {keys.begin(), keys.end()};
}

std::set<std::string> property_names(const json& object) {
  std::set<std::string> out;
  for (const auto& [key, value] : object.at("properties").items()) out.insert(key);
  return out;
}

class RuleSchema : public testing::FromSourceDir {};

TEST_F(RuleSchema, KeysAreTheLoadersKeyTables) {
  json schema = read_schema();
  const json& defs = schema.at("definitions");
  EXPECT_EQ(property_names(schema), as_set(rule_keys::top));
  EXPECT_EQ(property_names(defs.at("defaults")), as_set(rule_keys::defaults));
  EXPECT_EQ(property_names(defs.at("approximations")), as_set(rule_keys::approximation));
  EXPECT_EQ(property_names(defs.at("builtins")), as_set(rule_keys::builtin_names));
  EXPECT_EQ(property_names(defs.at("source")), as_set(rule_keys::source));
  EXPECT_EQ(property_names(defs.at("claim")), as_set(rule_keys::claim));
  EXPECT_EQ(property_names(defs.at("mention")), as_set(rule_keys::mention));
  EXPECT_EQ(property_names(defs.at("mention_item")), as_set(rule_keys::mention_item));
  EXPECT_EQ(property_names(defs.at("check")), as_set(rule_keys::check));
  EXPECT_EQ(property_names(defs.at("waive")), as_set(rule_keys::waive));
  EXPECT_EQ(defs.at("severity").at("enum").get<std::set<std::string>>(), as_set(rule_keys::severity));
  // The keys only a main file may hold are those that require the format version.
  std::set<std::string> main_only;
  for (std::string_view key : rule_keys::top)
    if (std::find(rule_keys::included.begin(), rule_keys::included.end(), key) == rule_keys::included.end())
      main_only.insert(std::string(key));
  std::set<std::string> dependent;
  for (const auto& [key, value] : schema.at("dependencies").items()) dependent.insert(key);
  EXPECT_EQ(dependent, main_only);
}

TEST_F(RuleSchema, EveryMapIsClosedAndEveryKeyDescribed) {
  json schema = read_schema();
  std::vector<const json*> maps{&schema};
  for (const auto& [name, def] : schema.at("definitions").items())
    if (def.contains("properties")) maps.push_back(&def);
  for (const json* map : maps) {
    EXPECT_EQ(map->value("additionalProperties", true), false) << map->dump().substr(0, 80);
    EXPECT_TRUE(map->contains("description"));
    for (const auto& [key, property] : map->at("properties").items()) {
      const json* described = &property;
      if (!property.contains("description") && property.contains("$ref")) {
        std::string ref = property["$ref"];  // "#/definitions/name"
        described = &schema.at("definitions").at(ref.substr(ref.rfind('/') + 1));
      }
      EXPECT_TRUE(described->contains("description")) << key;
    }
  }
}

struct Verdict {
  bool valid = false;
  std::string errors;                          // ajv's, for the failure message
  std::set<std::string> additional_properties;  // the unknown keys ajv named
};

// Runs ajv over the files, all at once (tests/load/rule_schema.mjs).
std::map<std::string, Verdict> validate(const std::vector<std::string>& files) {
  std::string npm = std::getenv("CROSSCHECK_NPM_DIR") ? std::getenv("CROSSCHECK_NPM_DIR") : "build/npm";
  std::string command = "node tests/load/rule_schema.mjs '" + npm + "' " + kSchema;
  for (const std::string& f : files) command += " '" + f + "'";
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
  std::string out;
  std::array<char, 4096> buffer{};
  while (pipe && fgets(buffer.data(), buffer.size(), pipe.get())) out += buffer.data();
  std::map<std::string, Verdict> verdicts;
  std::istringstream lines(out);
  for (std::string line; std::getline(lines, line);) {
    json result = json::parse(line);
    Verdict& v = verdicts[result.at("file").get<std::string>()];
    v.valid = result.at("valid").get<bool>();
    v.errors = result.dump();
    for (const json& e : result.at("errors"))
      if (e.at("keyword") == "additionalProperties") v.additional_properties.insert(e.at("params").at("additionalProperty"));
  }
  return verdicts;
}

bool have_validator() {
  std::string npm = std::getenv("CROSSCHECK_NPM_DIR") ? std::getenv("CROSSCHECK_NPM_DIR") : "build/npm";
  return std::system("command -v node >/dev/null 2>&1") == 0 && fs::exists(npm + "/node_modules/ajv") &&
         fs::exists(npm + "/node_modules/js-yaml");
}

std::vector<std::string> rule_files() {
  std::vector<std::string> out;
  for (const char* root : {"rules", "fixtures"})
    for (const auto& entry : fs::recursive_directory_iterator(root))
      if (entry.is_regular_file() && entry.path().extension() == ".yaml") out.push_back(entry.path().generic_string());
  std::sort(out.begin(), out.end());
  return out;
}

TEST_F(RuleSchema, AcceptsEveryRuleFileTheLoaderAccepts) {
  if (!have_validator()) GTEST_SKIP() << "schema validation skipped: node or ajv missing (scripts/setup.sh installs them)";
  std::vector<std::string> files = rule_files();
  std::map<std::string, Verdict> verdicts = validate(files);
  int accepted = 0;
  for (const std::string& file : files) {
    DiagnosticSink sink;
    bool loads = load_rule_file(file, sink).has_value();
    // The examples validate, shared parts (rules/sources.yaml, included) as well.
    if (!loads && file.rfind("rules/", 0) != 0) continue;
    ++accepted;
    ASSERT_TRUE(verdicts.count(file)) << file;
    EXPECT_TRUE(verdicts[file].valid) << file << ": " << verdicts[file].errors;
  }
  EXPECT_GE(accepted, 20);
}

TEST_F(RuleSchema, RejectsWhatTheLoaderRejectsForAKeyOrAType) {
  if (!have_validator()) GTEST_SKIP() << "schema validation skipped: node or ajv missing (scripts/setup.sh installs them)";
  std::vector<std::string> files;
  for (const std::string& f : rule_files())
    if (f.rfind("fixtures/bad-rules/", 0) == 0) files.push_back(f);
  std::map<std::string, Verdict> verdicts = validate(files);
  const std::regex unknown_key(R"(error: unknown key '([^']*)')");
  const std::regex wrong_type(R"(error: expected .*, found )");
  int rejected = 0;
  for (const std::string& file : files) {
    DiagnosticSink sink;
    load_rule_file(file, sink);
    std::set<std::string> unknown;
    bool schema_kind = false;
    for (const std::string& line : testing::lines(sink)) {
      if (line.rfind(file + ":", 0) != 0) continue;  // an included file's error is that file's
      std::smatch m;
      if (std::regex_search(line, m, unknown_key)) {
        unknown.insert(m[1]);
        schema_kind = true;
      } else if (std::regex_search(line, wrong_type)) {
        schema_kind = true;
      }
    }
    if (!schema_kind) continue;
    ++rejected;
    ASSERT_TRUE(verdicts.count(file)) << file;
    EXPECT_FALSE(verdicts[file].valid) << file << " is accepted by the schema";
    for (const std::string& key : unknown)
      EXPECT_TRUE(verdicts[file].additional_properties.count(key)) << file << ": the schema does not name '" << key << "'";
  }
  EXPECT_GE(rejected, 10);
}

// What an editor shows as an example is itself valid.
TEST_F(RuleSchema, ExamplesValidate) {
  if (!have_validator()) GTEST_SKIP() << "schema validation skipped: node or ajv missing (scripts/setup.sh installs them)";
  std::string npm = std::getenv("CROSSCHECK_NPM_DIR") ? std::getenv("CROSSCHECK_NPM_DIR") : "build/npm";
  std::string command = "node tests/load/rule_schema.mjs '" + npm + "' " + kSchema + " --examples";
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
  std::string out, last;
  std::array<char, 4096> buffer{};
  while (pipe && fgets(buffer.data(), buffer.size(), pipe.get())) {
    out += buffer.data();
    last = buffer.data();
  }
  ASSERT_FALSE(last.empty()) << out;
  json summary = json::parse(last);
  EXPECT_EQ(summary.at("invalid"), 0) << out;
  EXPECT_GE(summary.at("examples").get<int>(), 30);
}

// Editors find the schema by the yaml-language-server line: every example rule file has one, and
// it names docs/rule-schema.json from where the file is.
TEST_F(RuleSchema, EveryExampleNamesTheSchema) {
  int examples = 0;
  for (const std::string& file : rule_files()) {
    if (file.rfind("rules/", 0) != 0 && file.rfind("fixtures/checks/", 0) != 0 &&
        file.rfind("fixtures/diagnose/", 0) != 0)
      continue;
    ++examples;
    std::ifstream in(file);
    std::string first;
    std::getline(in, first);
    const std::string prefix = "# yaml-language-server: $schema=";
    ASSERT_EQ(first.rfind(prefix, 0), 0u) << file;
    fs::path schema = fs::path(file).parent_path() / first.substr(prefix.size());
    EXPECT_TRUE(fs::equivalent(schema, kSchema)) << file << " names " << schema;
  }
  EXPECT_GE(examples, 10);
}

}  // namespace
}  // namespace crosscheck
