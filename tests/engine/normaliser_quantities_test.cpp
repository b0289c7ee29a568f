// The normaliser brings physical quantities to one unit of their dimension, and refuses to bring a
// length to a mass.
#include "engine/normaliser.h"
#include "figures/extractor.h"

#include <gtest/gtest.h>

namespace crosscheck {
namespace {

Normaliser normaliser() {
  return Normaliser([](const Interval&, const Number&, const std::string&, const std::string&,
                       const std::optional<Date>&, std::string& problem) -> std::optional<Converted> {
    problem = "no rates in this test";
    return std::nullopt;
  }, "USD");
}

Figure figure(const char* text) {
  auto f = parse_figure_literal(text);
  EXPECT_TRUE(f) << text;
  return f ? *f : Figure{};
}

TEST(NormaliserQuantities, OneDimensionAcrossUnits) {
  std::string problem;
  const Figure miles = figure("398 miles");
  auto km = normaliser().to_unit(miles, "km", std::nullopt, problem);
  ASSERT_TRUE(km) << problem;
  EXPECT_EQ(km->unit, "km");
  EXPECT_EQ(to_string(km->interval), "[639.71424, 641.323584]");  // [397.5, 398.5] mi × 1.609344
  EXPECT_EQ(dimension(miles), "length");
  EXPECT_EQ(comparable_unit(miles), "mi");
}

TEST(NormaliserQuantities, TogetherInTheFirstUnit) {
  const Figure a = figure("5,000 hectares"), b = figure("50 sq km"), c = figure("12,355 acres");
  std::string problem;
  auto all = normaliser().together({&a, &b, &c}, {std::nullopt, std::nullopt, std::nullopt}, problem);
  ASSERT_TRUE(all) << problem;
  for (const Normalised& n : *all) EXPECT_EQ(n.unit, "ha");
  EXPECT_EQ(to_string((*all)[1].interval), "[4950, 5050]");
  // A bare number takes the unit it meets.
  const Figure bare = figure("3,801");
  auto with_bare = normaliser().together({&a, &bare}, {std::nullopt, std::nullopt}, problem);
  ASSERT_TRUE(with_bare) << problem;
  EXPECT_EQ((*with_bare)[1].unit, "ha");
}

TEST(NormaliserQuantities, ALengthIsNoMass) {
  const Figure length = figure("640 km"), mass = figure("1,200 tonnes");
  std::string problem;
  EXPECT_FALSE(normaliser().together({&length, &mass}, {std::nullopt, std::nullopt}, problem));
  EXPECT_EQ(problem, "cannot compare '1,200 tonnes' (mass in t) with length (km)");
  EXPECT_FALSE(normaliser().to_unit(length, "vessel", std::nullopt, problem));
  EXPECT_EQ(problem, "cannot compare '640 km' (length in km) with vessel");
}

}  // namespace
}  // namespace crosscheck
