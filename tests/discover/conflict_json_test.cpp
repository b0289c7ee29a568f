// The machine-readable form of discovered conflicts (crosscheck.conflicts/1) and the matrix.
#include "checks/runner.h"
#include "discover/conflict_json.h"
#include "discover/rule_writer.h"
#include "figures/extractor.h"
#include "support/test_files.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace crosscheck {
namespace {


struct Found {
  std::vector<std::unique_ptr<SourceFile>> files;
  std::vector<DiscoverSource> sources;
  std::vector<Conflict> conflicts;

  explicit Found(const std::vector<std::string>& paths) {
    DiagnosticSink sink;
    for (const std::string& path : paths) {
      files.push_back(load_source(kSourceRoot + "/" + path, sink));
      sources.push_back({snake_case_id(std::filesystem::path(path).stem().string()), files.back().get(),
                         extract_figures(files.back()->plain()), date_in_name(path), "en"});
    }
    RateTable rates = RateTable::built_in();
    Normaliser normaliser(make_converter(rates), "USD");
    DiscoverOptions options;
    options.fallback = *rates.newest_built_in_date();
    conflicts = find_conflicts(sources, normaliser, options);
  }
};

std::vector<std::string> seed_paths() {
  std::vector<std::string> paths;
  for (const auto& entry : std::filesystem::directory_iterator(kSourceRoot + "/fixtures/articles"))
    paths.push_back("fixtures/articles/" + entry.path().filename().string());
  std::ranges::sort(paths);
  return paths;
}

TEST(ConflictJson, EveryConflictWithBothFiguresItsValuesAndItsSignals) {
  Found found(seed_paths());
  ASSERT_FALSE(found.conflicts.empty());
  std::ostringstream out;
  write_conflicts_json(found.sources, found.conflicts, out);
  const nlohmann::json doc = nlohmann::json::parse(out.str());
  EXPECT_EQ(doc["schema"], "crosscheck.conflicts/1");
  ASSERT_EQ(doc["sources"].size(), found.sources.size());
  EXPECT_EQ(doc["sources"][0]["sha256"].get<std::string>().size(), 64u);
  ASSERT_EQ(doc["conflicts"].size(), found.conflicts.size());
  const nlohmann::json& first = doc["conflicts"][0];
  EXPECT_EQ(first["rank"], 1);
  EXPECT_EQ(first["a"]["figure"]["text"], "$239 million");
  EXPECT_EQ(first["b"]["figure"]["text"], "286 million yen");
  EXPECT_EQ(first["b"]["normalised"]["unit"], "USD");  // brought to one unit
  EXPECT_EQ(first["power_of_ten"], 2);
  EXPECT_GT(first["confidence"].get<double>(), 0.3);
  // Each signal names itself and says why; the scale slip is one.
  bool slip = false;
  for (const auto& s : first["signals"]) {
    EXPECT_FALSE(s["detail"].get<std::string>().empty());
    slip = slip || s["name"] == "value";
  }
  EXPECT_TRUE(slip);
  // Offsets point at the figure in the file's bytes.
  const std::string text = std::string(found.files[0]->bytes());
  const auto& fa = first["a"]["figure"];
  EXPECT_EQ(text.substr(fa["start"].get<std::size_t>(), fa["end"].get<std::size_t>() - fa["start"].get<std::size_t>()),
            "$239 million");
  EXPECT_FALSE(doc["facts"].empty());
}

TEST(ConflictJson, NoConflictsIsAnEmptyList) {
  Found found({"fixtures/discover/ministry-2024-03-02.txt"});
  std::ostringstream out;
  write_conflicts_json(found.sources, {}, out);
  const nlohmann::json doc = nlohmann::json::parse(out.str());
  EXPECT_TRUE(doc["conflicts"].empty());
  EXPECT_TRUE(doc["facts"].empty());
}

// The document validates against docs/conflicts-schema.json with ajv, as the report does; skipped
// when node or ajv-cli (scripts/setup.sh) is missing.
TEST(ConflictJson, ValidatesAgainstItsSchema) {
  const char* env = std::getenv("CROSSCHECK_NPM_DIR");
  const std::string npm = env ? env : kSourceRoot + "/build/npm";
  const std::string ajv = npm + "/node_modules/ajv-cli/dist/index.js";
  if (std::system("command -v node >/dev/null 2>&1") != 0 || !std::filesystem::exists(ajv))
    GTEST_SKIP() << "schema validation skipped: node or ajv-cli missing (scripts/setup.sh installs them)";
  const auto dir = std::filesystem::temp_directory_path() / "crosscheck-conflicts-schema";
  std::filesystem::create_directories(dir);
  auto validate = [&](const std::string& name, const std::string& json) {
    const auto file = dir / (name + ".json");
    std::ofstream(file) << json;
    const std::string command = "node '" + ajv + "' validate --spec=draft7 --strict=false --all-errors -s '" + kSourceRoot +
                                "/docs/conflicts-schema.json' -d '" + file.string() + "' >/dev/null 2>&1";
    return std::system(command.c_str());
  };
  Found found(seed_paths());
  std::ostringstream seed, empty;
  write_conflicts_json(found.sources, found.conflicts, seed);
  write_conflicts_json(found.sources, {}, empty);
  EXPECT_EQ(validate("seed", seed.str()), 0);
  EXPECT_EQ(validate("empty", empty.str()), 0);
  EXPECT_NE(validate("broken", "{\"schema\": \"crosscheck.conflicts/1\"}\n"), 0);
  std::filesystem::remove_all(dir);
}

TEST(Matrix, OneRowPerFactOneColumnPerText) {
  Found found(seed_paths());
  const std::vector<Fact> facts = facts_of(found.sources, found.conflicts);
  ASSERT_FALSE(facts.empty());
  // Conflicts sharing a figure are one fact: no figure is in two rows.
  std::set<std::pair<std::size_t, std::size_t>> seen;
  std::size_t listed = 0;
  for (const Fact& fact : facts) {
    EXPECT_EQ(fact.by_source.size(), found.sources.size());
    listed += fact.conflicts.size();
    for (const auto& cell : fact.by_source)
      for (const FigureRef& r : cell) EXPECT_TRUE(seen.insert({r.source, r.figure}).second);
  }
  EXPECT_EQ(listed, found.conflicts.size());
  std::ostringstream out;
  write_matrix(found.sources, found.conflicts, out);
  const std::string text = out.str();
  EXPECT_NE(text.find("$239 million"), std::string::npos);
  EXPECT_NE(text.find("286 million yen"), std::string::npos);
  // A text silent on a fact shows "-"; every row is one line: the header, then one per fact.
  EXPECT_NE(text.find(" - "), std::string::npos);
  EXPECT_EQ(static_cast<std::size_t>(std::ranges::count(text, '\n')), facts.size() + 2);
}

TEST(Matrix, ConflictsThatShareAFigureAreOneFact) {
  // Three texts: a against b and a against c are one fact with three columns filled.
  std::vector<Conflict> conflicts(2);
  conflicts[0].a = {0, 0};
  conflicts[0].b = {1, 0};
  conflicts[1].a = {0, 0};
  conflicts[1].b = {2, 0};
  std::vector<DiscoverSource> sources(3);
  const std::vector<Fact> facts = facts_of(sources, conflicts);
  ASSERT_EQ(facts.size(), 1u);
  for (const auto& cell : facts[0].by_source) EXPECT_EQ(cell.size(), 1u);
  EXPECT_EQ(facts[0].conflicts, (std::vector<std::size_t>{0, 1}));
}

}  // namespace
}  // namespace crosscheck
