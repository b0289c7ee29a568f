// Percentages, percentage points, counts of things, ordinals.
#include "families_common.h"

#include <gtest/gtest.h>

namespace crosscheck {
namespace {

using testing::all;
using testing::literal;

TEST(Percent, Forms) {
  EXPECT_EQ(literal("40%"), "percent 40% = 40 [39.5, 40.5] %");
  EXPECT_EQ(literal("113 percent"), "percent 113 percent = 113 [112.5, 113.5] %");
  EXPECT_EQ(literal("40 per cent"), "percent 40 per cent = 40 [39.5, 40.5] %");
  EXPECT_EQ(literal("1%"), "percent 1% = 1 [0.5, 1.5] %");
  EXPECT_EQ(literal("2.5 percentage points"),
            "percentage-points 2.5 percentage points = 2.5 [2.45, 2.55] pp");
  EXPECT_EQ(literal("4.2pc"), "percent 4.2pc = 4.2 [4.15, 4.25] %");
  EXPECT_EQ(literal("0.75pp"), "percentage-points 0.75pp = 0.75 [0.745, 0.755] pp");
  EXPECT_EQ(literal("3 pp"), "percentage-points 3 pp = 3 [2.5, 3.5] pp");
}

TEST(Counts, HeadNounAndLemma) {
  EXPECT_EQ(literal("8 vessels"), "count 8 vessels = 8 [8, 8] vessel noun=vessels");
  EXPECT_EQ(all("Vietnam bought twelve Sukhoi Su-30MKs in 2003"),
            "count twelve Sukhoi Su-30MKs = 12 [12, 12] fighter noun=Su-30MKs\n"
            "year 2003 = 2003 [2003, 2003] year-ad\n");
  EXPECT_EQ(all("81 injured"), "count 81 injured = 81 [81, 81] injured noun=injured\n");
  EXPECT_EQ(all("about 40 vessels"), "count 40 vessels = 40 [38, 42] vessel (about) noun=vessels\n");
  EXPECT_EQ(all("1.2 million masks"),
            "count 1.2 million masks = 1200000 [1150000, 1250000] mask noun=masks\n");
  EXPECT_EQ(all("more than 100 people"),
            "count 100 people = 100 (100, inf) person (more than) noun=people\n");
  EXPECT_EQ(all("two aircraft carriers"),
            "count two aircraft carriers = 2 [2, 2] carrier noun=aircraft carriers\n");
}

// Any noun right after a number is what it counts, by each language's grammar: an English or
// French plural, a German capitalised word. Function words, years and acronyms are not.
TEST(Counts, NounsOfAnyKindAfterTheNumber) {
  EXPECT_EQ(all("at least 3,377 individuals"), "count 3,377 individuals = 3377 [3377, inf) individual (at least) noun=individuals\n");
  EXPECT_EQ(all("some 15 agencies and 4 churches"),
            "count 15 agencies = 15 [15, 15] agency (some) noun=agencies\ncount 4 churches = 4 [4, 4] church noun=churches\n");
  EXPECT_EQ(all("10 times more"), "number 10 = 10 [10, 10]\n");
  EXPECT_EQ(all("in the 2015 elections").find("count"), std::string::npos);
  EXPECT_EQ(all("6 444 bâtiments détruits", "fr"), "count 6 444 bâtiments = 6444 [6444, 6444] building noun=bâtiments\n");
  EXPECT_EQ(all("3 fois plus", "fr"), "number 3 = 3 [3, 3]\n");
  EXPECT_EQ(all("3.162 Menschen starben", "de"), "count 3.162 Menschen = 3162 [3162, 3162] person noun=Menschen\n");
  EXPECT_EQ(all("5 EU Staaten", "de"), "number 5 = 5 [5, 5]\n");
}

// What news counts is named by one lemma in every language, so that counts in two languages name
// one thing; a noun outside the table keeps its own lemma.
TEST(Counts, OneLemmaAcrossLanguages) {
  auto unit = [](std::string_view text, std::string_view language) {
    const std::string line = all(text, language);
    const auto eq = line.find("] ");
    return eq == std::string::npos ? line : line.substr(eq + 2, line.find(' ', eq + 2) - eq - 2);
  };
  EXPECT_EQ(unit("3,577 deaths", "en"), "death");
  EXPECT_EQ(unit("12 dead", "en"), "death");
  EXPECT_EQ(unit("40 fatalities", "en"), "death");
  EXPECT_EQ(unit("3 577 morts", "fr"), "death");
  EXPECT_EQ(unit("3.577 Tote", "de"), "death");
  EXPECT_EQ(unit("3.577 người chết", "vi"), "death");
  EXPECT_EQ(unit("6,300 injuries", "en"), "injured");
  EXPECT_EQ(unit("6 300 blessés", "fr"), "injured");
  EXPECT_EQ(unit("6.300 Verletzte", "de"), "injured");
  EXPECT_EQ(unit("453 Abgeordnete", "de"), "lawmaker");
  EXPECT_EQ(unit("453 députés", "fr"), "lawmaker");
  EXPECT_EQ(unit("453 MPs", "en"), "lawmaker");
  EXPECT_EQ(unit("12 Krankenhäuser", "de"), "hospital");
  EXPECT_EQ(unit("12 hôpitaux", "fr"), "hospital");
  EXPECT_EQ(unit("12 tulipes", "fr"), "tulipe");
}

// A one-letter suffix is a scale before a counted noun ("1.2m people"); "100m race" is metres.
TEST(Counts, SuffixBeforeACountedNoun) {
  EXPECT_EQ(all("1.2m people"), "count 1.2m people = 1200000 [1150000, 1250000] person noun=people\n");
  EXPECT_EQ(all("the 100m race"), "quantity 100m = 100 [99.5, 100.5] m\n");
  // Digits joined to a word by a hyphen still count ("nine-dash line" does not).
  EXPECT_EQ(all("a 5,000-strong force"), "number 5,000 = 5000 [5000, 5000]\n");
  EXPECT_EQ(all("the nine-dash line"), "");
}

// In English "one" is no article: with a singular noun after it, it counts one of that noun; a
// preposition, pronoun, verb, adjective or number word after it is no noun.
TEST(Counts, OneAndASingularNoun) {
  EXPECT_EQ(all("one runway and one terminal"), "count one runway = 1 [1, 1] runway noun=runway\n"
                                                "count one terminal = 1 [1, 1] terminal noun=terminal\n");
  EXPECT_EQ(all("One person died."), "count One person = 1 [1, 1] person noun=person\n");
  EXPECT_EQ(all("one of them, one another, one must go, one involves building, the one you said"), "");
  EXPECT_EQ(all("one new runway, one twenty-fifth of it"), "ordinal twenty-fifth = 25 [25, 25]\n");
  EXPECT_EQ(all("un plan, une piste", "fr"), "");  // the article
}

// Things are counted whole: a decimal with no scale word is a value said of the noun after it.
TEST(Counts, ADecimalCountsNothing) {
  EXPECT_EQ(all("magnitude 7.7 and 7.6 earthquakes"),
            "quantity magnitude 7.7 = 7.7 [7.65, 7.75] magnitude\nnumber 7.6 = 7.6 [7.55, 7.65]\n");
  EXPECT_EQ(all("2.5 children per woman"), "number 2.5 = 2.5 [2.45, 2.55]\n");
  EXPECT_EQ(all("1.5 million people"), "count 1.5 million people = 1500000 [1450000, 1550000] person noun=people\n");
  EXPECT_EQ(all("7,6 Beben", "de"), "number 7,6 = 7.6 [7.55, 7.65]\n");
}

TEST(Counts, AYearIsNoCount) {
  EXPECT_EQ(all("In 2016 Vietnam reached agreements"), "year 2016 = 2016 [2016, 2016] year-ad\n");
}

TEST(Ordinals, Forms) {
  EXPECT_EQ(all("its sixth partner"), "ordinal sixth = 6 [6, 6]\n");
  EXPECT_EQ(all("the 12th Congress"), "ordinal 12th = 12 [12, 12]\n");
  EXPECT_EQ(all("the first time"), "ordinal first = 1 [1, 1]\n");
  EXPECT_EQ(all("third biggest foreign investor"), "ordinal third biggest = 3 [3, 3]\n");
  EXPECT_EQ(all("Seventh National Congress"), "ordinal Seventh = 7 [7, 7]\n");
  EXPECT_EQ(all("the twenty-first century"), "ordinal twenty-first = 21 [21, 21]\n");
  EXPECT_EQ(all("sixth top-tier partner"), "ordinal sixth = 6 [6, 6]\n");
  // Tens and a unit ordinal joined by a space, a dash or nothing.
  EXPECT_EQ(all("its thirty first session"), "ordinal thirty first = 31 [31, 31]\n");
  EXPECT_EQ(all("the ninety\u2014ninth day"), "ordinal ninety\u2014ninth = 99 [99, 99]\n");
  EXPECT_EQ(all("the sixtyseventh entry"), "ordinal sixtyseventh = 67 [67, 67]\n");
  // A plural unit ordinal is a fraction, not a rank.
  EXPECT_EQ(all("twenty fifths").find("ordinal"), std::string::npos);
}

}  // namespace
}  // namespace crosscheck
