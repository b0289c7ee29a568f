// extract's JSON for physical quantities: kind "quantity", the unit and its dimension, as the
// schemas in docs/ describe them.
#include "cli/app.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

namespace crosscheck {
namespace {

std::string extract_json(const std::string& input) {
  std::vector<std::string> args{"crosscheck", "extract", "-", "--format", "json", "--language", "en"};
  std::istringstream in(input);
  std::ostringstream out, err;
  Io io{in, out, err};
  EXPECT_EQ(run_app(args, io), 0) << err.str();
  return out.str();
}

nlohmann::json figure_definition(const std::string& schema, const std::string& definition) {
  std::ifstream in(std::string(CROSSCHECK_SOURCE_DIR) + "/docs/" + schema);
  return nlohmann::json::parse(in)["definitions"][definition];
}

TEST(ExtractQuantities, KindUnitAndDimension) {
  const auto json = nlohmann::json::parse(extract_json("The 640km line carries 1,200 tonnes at 25 knots.\n"));
  const auto& figures = json["files"][0]["figures"];
  ASSERT_EQ(figures.size(), 3u) << json.dump();
  EXPECT_EQ(figures[0]["kind"], "quantity");
  EXPECT_EQ(figures[0]["unit"], "km");
  EXPECT_EQ(figures[0]["dimension"], "length");
  EXPECT_EQ(figures[1]["unit"], "t");
  EXPECT_EQ(figures[1]["dimension"], "mass");
  EXPECT_EQ(figures[2]["unit"], "kn");
  EXPECT_EQ(figures[2]["dimension"], "speed");
  // A figure that is no quantity has no dimension.
  const auto count = nlohmann::json::parse(extract_json("Six patrol boats.\n"))["files"][0]["figures"][0];
  EXPECT_FALSE(count.contains("dimension"));
}

// Every kind and dimension the JSON writes is one the schemas allow.
TEST(ExtractQuantities, SchemasKnowTheKindAndItsDimensions) {
  for (const auto& [schema, definition] : {std::pair{"conflicts-schema.json", "figure"}, {"report-schema.json", "figure"}}) {
    const auto figure = figure_definition(schema, definition);
    const auto kinds = figure["properties"]["kind"]["enum"];
    EXPECT_NE(std::find(kinds.begin(), kinds.end(), "quantity"), kinds.end()) << schema;
    const auto dimensions = figure["properties"]["dimension"]["enum"];
    for (const char* d : {"length", "area", "mass", "volume", "speed", "power", "energy", "temperature", "magnitude"})
      EXPECT_NE(std::find(dimensions.begin(), dimensions.end(), d), dimensions.end()) << schema << " " << d;
  }
}

}  // namespace
}  // namespace crosscheck
