// The unit catalogue read from UDUNITS-2: names, plurals and symbols, and conversions between
// units of one dimension.
#include "units/physical_units.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

namespace crosscheck {
namespace {

bool has(const std::vector<std::string>& list, std::string_view s) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

TEST(UnitCatalogue, ReadsTheDatabase) {
  const UnitCatalogue& c = UnitCatalogue::get();
  EXPECT_EQ(c.problem(), "");
  EXPECT_GT(c.units().size(), 30u);
}

TEST(UnitCatalogue, NamesPluralsAndSymbols) {
  const UnitCatalogue& c = UnitCatalogue::get();
  const PhysicalUnit* km = c.find("km");
  ASSERT_NE(km, nullptr);
  EXPECT_TRUE(has(km->names, "kilometer"));
  EXPECT_TRUE(has(km->names, "kilometres"));  // UDUNITS' alias "metre", with its plural
  EXPECT_TRUE(has(km->symbols, "km"));
  const PhysicalUnit* ft = c.find("ft");
  ASSERT_NE(ft, nullptr);
  EXPECT_TRUE(has(ft->names, "feet"));  // an irregular plural the database gives
  EXPECT_TRUE(has(c.find("km2")->names, "square kilometers"));
  EXPECT_TRUE(has(c.find("km2")->symbols, "km²"));
  EXPECT_TRUE(has(c.find("km2")->symbols, "sq km"));
  EXPECT_TRUE(has(c.find("mi2")->names, "square miles"));
  EXPECT_TRUE(has(c.find("t")->names, "tonnes"));
  EXPECT_TRUE(has(c.find("kn")->names, "knots"));
  EXPECT_TRUE(has(c.find("kn")->names, "nautical miles per hour"));
  EXPECT_TRUE(has(c.find("kn")->symbols, "kts"));
  EXPECT_TRUE(has(c.find("mph")->symbols, "mph"));
  EXPECT_TRUE(has(c.find("km/h")->symbols, "km/h"));
  EXPECT_TRUE(has(c.find("km/h")->symbols, "kph"));
  EXPECT_TRUE(has(c.find("MW")->names, "megawatts"));
  EXPECT_TRUE(has(c.find("GWh")->symbols, "GWh"));
  EXPECT_TRUE(has(c.find("GWh")->names, "gigawatt-hours"));
  EXPECT_TRUE(has(c.find("degC")->symbols, "°C"));
  EXPECT_TRUE(has(c.find("degC")->names, "degrees Celsius"));
  // "in" is an English word before it is an inch.
  EXPECT_FALSE(has(c.find("in")->symbols, "in"));
}

TEST(UnitCatalogue, Dimensions) {
  EXPECT_EQ(dimension_of("km"), Dimension::length);
  EXPECT_EQ(dimension_of("ha"), Dimension::area);
  EXPECT_EQ(dimension_of("lb"), Dimension::mass);
  EXPECT_EQ(dimension_of("kn"), Dimension::speed);
  EXPECT_EQ(dimension_of("GWh"), Dimension::energy);
  EXPECT_EQ(dimension_of("degF"), Dimension::temperature);
  EXPECT_EQ(dimension_of("magnitude"), Dimension::magnitude);
  EXPECT_EQ(dimension_of("vessel"), Dimension::none);
  EXPECT_EQ(to_string(Dimension::volume), "volume");
}

std::string converted(const char* low, const char* high, const char* from, const char* to) {
  auto c = convert_units(Interval::closed(Number(low), Number(high)), Number(low), from, to);
  return c ? to_string(c->interval) : "(none)";
}

TEST(UnitConversion, OneDimensionAcrossUnits) {
  EXPECT_EQ(converted("1", "1", "mi", "km"), "[1.609344, 1.609344]");
  EXPECT_EQ(converted("640", "640", "km", "mi"), converted("640", "640", "km", "mi"));
  EXPECT_EQ(converted("1", "1", "t", "lb"), "[2204.62262185, 2204.62262185]");
  EXPECT_EQ(converted("1", "1", "ha", "km2"), "[0.01, 0.01]");
  EXPECT_EQ(converted("1", "1", "acre", "ha"), "[0.404687260987, 0.404687260987]");
  EXPECT_EQ(converted("1", "1", "kn", "km/h"), "[1.852, 1.852]");
  EXPECT_EQ(converted("1", "1", "GWh", "MWh"), "[1000, 1000]");
  EXPECT_EQ(converted("100", "100", "degC", "degF"), "[212, 212]");
  EXPECT_EQ(converted("1", "1", "ton", "t"), "[0.90718474, 0.90718474]");
  EXPECT_EQ(converted("1", "1", "km", "kg"), "(none)");
  EXPECT_EQ(converted("1", "1", "km", "vessel"), "(none)");
}

}  // namespace
}  // namespace crosscheck
