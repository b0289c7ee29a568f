// Physical quantities: lengths, areas, masses, volumes, speeds, powers, energies, temperatures and
// magnitudes, with their units from UDUNITS-2 (English) and CLDR (other languages).
#include "families_common.h"

#include <gtest/gtest.h>

namespace crosscheck {
namespace {

using testing::all;
using testing::literal;

TEST(Quantities, LengthsGluedAndSpaced) {
  EXPECT_EQ(literal("640km"), "quantity 640km = 640 [639.5, 640.5] km");
  EXPECT_EQ(literal("2,300 km"), "quantity 2,300 km = 2300 [2299.5, 2300.5] km");
  EXPECT_EQ(literal("12 miles"), "quantity 12 miles = 12 [11.5, 12.5] mi");
  EXPECT_EQ(literal("3.5 kilometres"), "quantity 3.5 kilometres = 3.5 [3.45, 3.55] km");
  EXPECT_EQ(literal("70 feet"), "quantity 70 feet = 70 [69.5, 70.5] ft");
  EXPECT_EQ(literal("8 nautical miles"), "quantity 8 nautical miles = 8 [7.5, 8.5] nmi");
  EXPECT_EQ(literal("250mm"), "quantity 250mm = 250 [249.5, 250.5] mm");
}

TEST(Quantities, AreasMassesVolumes) {
  EXPECT_EQ(literal("3,000 sq km"), "quantity 3,000 sq km = 3000 [2999.5, 3000.5] km2");
  EXPECT_EQ(literal("42,471 square miles"), "quantity 42,471 square miles = 42471 [42470.5, 42471.5] mi2");
  EXPECT_EQ(literal("17 km²"), "quantity 17 km² = 17 [16.5, 17.5] km2");
  EXPECT_EQ(literal("5,580ha"), "quantity 5,580ha = 5580 [5579.5, 5580.5] ha");
  EXPECT_EQ(literal("640 acres"), "quantity 640 acres = 640 [639.5, 640.5] acre");
  EXPECT_EQ(literal("1,200 tonnes"), "quantity 1,200 tonnes = 1200 [1199.5, 1200.5] t");
  EXPECT_EQ(literal("35 kg"), "quantity 35 kg = 35 [34.5, 35.5] kg");
  EXPECT_EQ(literal("500g"), "quantity 500g = 500 [499.5, 500.5] g");
  EXPECT_EQ(literal("40 litres"), "quantity 40 litres = 40 [39.5, 40.5] l");
  EXPECT_EQ(literal("2 million barrels"), "quantity 2 million barrels = 2000000 [1500000, 2500000] bbl");
  EXPECT_EQ(literal("90 cubic metres"), "quantity 90 cubic metres = 90 [89.5, 90.5] m3");
}

TEST(Quantities, SpeedsPowerEnergyTemperature) {
  EXPECT_EQ(literal("25 knots"), "quantity 25 knots = 25 [24.5, 25.5] kn");
  EXPECT_EQ(literal("30 nautical miles per hour"), "quantity 30 nautical miles per hour = 30 [29.5, 30.5] kn");
  EXPECT_EQ(literal("120 km/h"), "quantity 120 km/h = 120 [119.5, 120.5] km/h");
  EXPECT_EQ(literal("70mph"), "quantity 70mph = 70 [69.5, 70.5] mph");
  EXPECT_EQ(literal("500 MW"), "quantity 500 MW = 500 [499.5, 500.5] MW");
  EXPECT_EQ(literal("1.2 gigawatts"), "quantity 1.2 gigawatts = 1.2 [1.15, 1.25] GW");
  EXPECT_EQ(literal("2.5 GWh"), "quantity 2.5 GWh = 2.5 [2.45, 2.55] GWh");
  EXPECT_EQ(literal("300 kilowatt-hours"), "quantity 300 kilowatt-hours = 300 [299.5, 300.5] kWh");
  EXPECT_EQ(literal("40C"), "quantity 40C = 40 [39.5, 40.5] degC");
  EXPECT_EQ(literal("-5°C"), "quantity -5°C = -5 [-5.5, -4.5] degC");
  EXPECT_EQ(literal("98 degrees Fahrenheit"), "quantity 98 degrees Fahrenheit = 98 [97.5, 98.5] degF");
}

// A degree sign dropped: a temperature, unless a word follows that makes the letter a code.
TEST(Quantities, DegreeLessTemperatures) {
  EXPECT_EQ(all("highs of 40C in Seville"), "quantity 40C = 40 [39.5, 40.5] degC\n");
  EXPECT_EQ(all("it reached 104F."), "quantity 104F = 104 [103.5, 104.5] degF\n");
  EXPECT_EQ(all("a 4F class airport"), "");
  EXPECT_EQ(all("a 3C rating"), "");
  EXPECT_EQ(all("a 4 °C rise"), "quantity 4 °C = 4 [3.5, 4.5] degC\n");
}

// A signed decimal before a word that is no unit: the number, as written ("-3.25 degrees" once
// left the scanner where it started, adding the figure forever).
TEST(Quantities, SignedDecimalBeforeAWord) {
  EXPECT_EQ(all("-3.25 degrees"), "number -3.25 = -3.25 [-3.255, -3.245]\n");
  EXPECT_EQ(all("It fell to -3.25 degrees."), "number -3.25 = -3.25 [-3.255, -3.245]\n");
}

TEST(Quantities, Magnitude) {
  EXPECT_EQ(literal("magnitude 7.8"), "quantity magnitude 7.8 = 7.8 [7.75, 7.85] magnitude");
  EXPECT_EQ(all("a 6.4-magnitude aftershock"), "quantity 6.4-magnitude = 6.4 [6.35, 6.45] magnitude\n");
  EXPECT_EQ(all("a quake of 5.9 magnitude struck"), "quantity 5.9 magnitude = 5.9 [5.85, 5.95] magnitude\n");
  EXPECT_EQ(all("A Magnitude 6 tremor"), "quantity Magnitude 6 = 6 [5.5, 6.5] magnitude\n");
}

// "m" after a number: million with money or a plural counted noun; metres otherwise, and always
// before a length word.
TEST(Quantities, MetresOrMillion) {
  EXPECT_EQ(all("48m in length"), "quantity 48m = 48 [47.5, 48.5] m\n");
  EXPECT_EQ(all("a 31.5m-long hull"), "quantity 31.5m = 31.5 [31.45, 31.55] m\n");
  EXPECT_EQ(all("a 48m-high tower"), "quantity 48m = 48 [47.5, 48.5] m\n");
  EXPECT_EQ(all("it stands 48m tall"), "quantity 48m = 48 [47.5, 48.5] m\n");
  EXPECT_EQ(all("a 4,000m runway"), "quantity 4,000m = 4000 [3999.5, 4000.5] m\n");
  EXPECT_EQ(all("the 12m wide channel"), "quantity 12m = 12 [11.5, 12.5] m\n");
  EXPECT_EQ(all("it raised $5m"), "money $5m = 5000000 [4500000, 5500000] USD\n");
  EXPECT_EQ(all("a £40m deal"), "money £40m = 40000000 [39500000, 40500000] GBP\n");
  EXPECT_EQ(all("1.5m people"), "count 1.5m people = 1500000 [1450000, 1550000] person noun=people\n");
  EXPECT_EQ(all("7m tourists came"), "count 7m tourists = 7000000 [6500000, 7500000] tourist noun=tourists\n");
  // A length word wins over a plural noun after it.
  EXPECT_EQ(all("60m long vessels"), "quantity 60m = 60 [59.5, 60.5] m\n");
}

TEST(Quantities, NotUnits) {
  // "in", "min", "a" begin no unit; a one-letter symbol is read only glued to the digits.
  EXPECT_EQ(all("5 in all"), "number 5 = 5 [5, 5]\n");
  EXPECT_EQ(all("after 5 min"), "number 5 = 5 [5, 5]\n");
  EXPECT_EQ(all("grade 5 m and more"), "number 5 = 5 [5, 5]\n");
}

// "ton" alone is UDUNITS' (US short) ton in US English; elsewhere news tons are metric tonnes.
TEST(Quantities, TonsByRegion) {
  EXPECT_EQ(literal("1.2 million tons"), "quantity 1.2 million tons = 1200000 [1150000, 1250000] t");
  EXPECT_EQ(literal("1.2 million tons", "en-US"), "quantity 1.2 million tons = 1200000 [1150000, 1250000] ton");
  EXPECT_EQ(literal("5 metric tons", "en-US"), "quantity 5 metric tons = 5 [4.5, 5.5] t");
  EXPECT_EQ(literal("5 short tons"), "quantity 5 short tons = 5 [4.5, 5.5] ton");
}

// "a gallon of beer": one of a unit of length, area, mass or volume, named, before "of"; not "$80 a
// barrel" (a rate), "a ton of questions" or "a knot of people".
TEST(Quantities, ArticleBeforeAUnit) {
  EXPECT_EQ(all("a gallon of beer"), "quantity a gallon = 1 [0.5, 1.5] gal\n");
  EXPECT_EQ(all("a barrel of oil"), "quantity a barrel = 1 [0.5, 1.5] bbl\n");
  EXPECT_EQ(all("a square mile of forest"), "quantity a square mile = 1 [0.5, 1.5] mi2\n");
  EXPECT_EQ(all("$80 a barrel"), "money $80 = 80 [80, 80] USD\n");
  EXPECT_EQ(all("a ton of questions, a knot of people, a mile away"), "");
}

// The pound's and the yard's abbreviations take a plural "s".
TEST(Quantities, PluralAbbreviations) {
  EXPECT_EQ(all("10kg (25lbs)"), "quantity 10kg = 10 [9.5, 10.5] kg\nquantity 25lbs = 25 [24.5, 25.5] lb\n");
  EXPECT_EQ(all("a 30 yds run"), "quantity 30 yds = 30 [29.5, 30.5] yd\n");
}

TEST(Quantities, RangesAndQualifiers) {
  // "more than" bounds the figure at its value, open (SPEC §2: one-sided qualifiers).
  EXPECT_EQ(all("about 640 km"), "quantity 640 km = 640 [608, 672] km (about)\n");
  EXPECT_EQ(all("more than 5,580ha"), "quantity 5,580ha = 5580 (5580, inf) ha (more than)\n");
  EXPECT_EQ(all("10-15 km"), "quantity 10-15 km = 12.5 [9.5, 15.5] km\n");
  // The unit written after both ends.
  EXPECT_EQ(all("given 44 mg to 50 mg daily"), "quantity 44 mg to 50 mg = 47 [43.5, 50.5] mg\n");
  EXPECT_EQ(all("between 10 km and 20 km"), "quantity between 10 km and 20 km = 15 [9.5, 20.5] km\n");
  EXPECT_EQ(all("a 3 km-5 km stretch"), "quantity 3 km-5 km = 4 [2.5, 5.5] km\n");
  // The lower end's hyphen waits for the upper end's unit: "8- to 16-meter", "two- to three-year".
  EXPECT_EQ(all("a conceptualized 8- to 16-meter (320- to 640-inch) mirror"),
            "quantity 8- to 16-meter = 12 [7.5, 16.5] m\nquantity 320- to 640-inch = 480 [319.5, 640.5] in\n");
  EXPECT_EQ(all("a two- to three-year term"), "duration two- to three-year = 2.5 [2, 3] year\n");
  EXPECT_EQ(all("a 5- to 10-metre wall"), "quantity 5- to 10-metre = 7.5 [4.5, 10.5] m\n");
  // After a range, a one-letter symbol a space apart is its unit ("5 m" alone may be anything).
  EXPECT_EQ(all("3 to 4 L of wine"), "quantity 3 to 4 L = 3.5 [2.5, 4.5] l\n");
  EXPECT_EQ(all("5-10 m deep"), "quantity 5-10 m = 7.5 [4.5, 10.5] m\n");
  // Different units after the two ends: two figures.
  EXPECT_EQ(all("from 5 km to 5 miles"),
            "quantity 5 km = 5 [4.5, 5.5] km\nquantity 5 miles = 5 [4.5, 5.5] mi\n");
}

TEST(Quantities, German) {
  EXPECT_EQ(literal("48 Meter", "de"), "quantity 48 Meter = 48 [47.5, 48.5] m");
  EXPECT_EQ(literal("640 Kilometer", "de"), "quantity 640 Kilometer = 640 [639.5, 640.5] km");
  EXPECT_EQ(literal("3.000 Quadratkilometer", "de"), "quantity 3.000 Quadratkilometer = 3000 [2999.5, 3000.5] km2");
  EXPECT_EQ(literal("1,2 Millionen Tonnen", "de"), "quantity 1,2 Millionen Tonnen = 1200000 [1150000, 1250000] t");
  EXPECT_EQ(literal("25 Knoten", "de"), "quantity 25 Knoten = 25 [24.5, 25.5] kn");
  EXPECT_EQ(all("ein Beben der Stärke 7,8", "de"), "quantity Stärke 7,8 = 7.8 [7.75, 7.85] magnitude\n");
}

TEST(Quantities, French) {
  EXPECT_EQ(literal("5 000 hectares", "fr"), "quantity 5 000 hectares = 5000 [4999.5, 5000.5] ha");
  EXPECT_EQ(literal("640 kilomètres", "fr"), "quantity 640 kilomètres = 640 [639.5, 640.5] km");
  EXPECT_EQ(literal("3 000 kilomètres carrés", "fr"), "quantity 3 000 kilomètres carrés = 3000 [2999.5, 3000.5] km2");
  EXPECT_EQ(literal("12 tonnes", "fr"), "quantity 12 tonnes = 12 [11.5, 12.5] t");
  EXPECT_EQ(all("un séisme de magnitude 7,8", "fr"), "quantity magnitude 7,8 = 7.8 [7.75, 7.85] magnitude\n");
}

TEST(Quantities, Vietnamese) {
  EXPECT_EQ(literal("5 triệu tấn", "vi"), "quantity 5 triệu tấn = 5000000 [4500000, 5500000] t");
  EXPECT_EQ(literal("5.000 ha", "vi"), "quantity 5.000 ha = 5000 [4999.5, 5000.5] ha");
  EXPECT_EQ(literal("4.000 mét", "vi"), "quantity 4.000 mét = 4000 [3999.5, 4000.5] m");
  EXPECT_EQ(literal("12 km²", "vi"), "quantity 12 km² = 12 [11.5, 12.5] km2");
  EXPECT_EQ(literal("7,8 độ Richter", "vi"), "quantity 7,8 độ Richter = 7.8 [7.75, 7.85] magnitude");
}

TEST(Quantities, Japanese) {
  EXPECT_EQ(literal("640キロメートル", "ja"), "quantity 640キロメートル = 640 [639.5, 640.5] km");
  EXPECT_EQ(literal("120トン", "ja"), "quantity 120トン = 120 [119.5, 120.5] t");
  EXPECT_EQ(literal("5,000ヘクタール", "ja"), "quantity 5,000ヘクタール = 5000 [4999.5, 5000.5] ha");
  EXPECT_EQ(literal("3,000平方キロメートル", "ja"), "quantity 3,000平方キロメートル = 3000 [2999.5, 3000.5] km2");
  EXPECT_EQ(all("マグニチュード7.8の地震", "ja"), "quantity マグニチュード7.8 = 7.8 [7.75, 7.85] magnitude\n");
}

}  // namespace
}  // namespace crosscheck
