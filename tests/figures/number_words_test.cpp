// Spelled-out numbers, scale words and suffixes.
#include "families_common.h"

#include <gtest/gtest.h>

namespace crosscheck {
namespace {

using testing::all;
using testing::literal;

TEST(NumberWords, Words) {
  EXPECT_EQ(literal("six"), "number six = 6 [6, 6]");
  EXPECT_EQ(literal("twenty-five"), "number twenty-five = 25 [25, 25]");
  EXPECT_EQ(literal("sixty-nine"), "number sixty-nine = 69 [69, 69]");
  EXPECT_EQ(literal("forty-four"), "number forty-four = 44 [44, 44]");
  EXPECT_EQ(literal("a dozen"), "number a dozen = 12 [12, 12]");
  EXPECT_EQ(literal("a hundred"), "number a hundred = 100 [100, 100]");
  EXPECT_EQ(literal("three hundred and twelve"), "number three hundred and twelve = 312 [312, 312]");
  EXPECT_EQ(literal("one and a half"), "number one and a half = 1.5 [1.45, 1.55]");
  EXPECT_EQ(literal("half a million"), "number half a million = 500000 [450000, 550000]");
  EXPECT_EQ(literal("two thousand"), "number two thousand = 2000 [1500, 2500]");
  EXPECT_EQ(literal("seven million"), "number seven million = 7000000 [6500000, 7500000]");
}

// After "and a", a half or a quarter ends a mixed number whatever noun or scale follows; another
// ordinal after "and a" is an ordinal ("two and a third party").
TEST(NumberWords, MixedNumbersBeforeNouns) {
  EXPECT_EQ(all("after three and a half weeks"), "duration three and a half weeks = 3.5 [3.45, 3.55] week\n");
  EXPECT_EQ(all("seven and a half million tourists"),
            "count seven and a half million tourists = 7500000 [7450000, 7550000] tourist noun=tourists\n");
  EXPECT_EQ(all("between two and a third party").find("2.3"), std::string::npos);
}

// A fraction of a scale word, stated to a hundredth of the scale.
TEST(NumberWords, FractionOfAScale) {
  EXPECT_EQ(all("a quarter of a million people"),
            "count a quarter of a million people = 250000 [245000, 255000] person noun=people\n");
  EXPECT_EQ(all("three quarters of a billion dollars"),
            "money three quarters of a billion dollars = 750000000 [745000000, 755000000] USD\n");
  EXPECT_EQ(all("a quarter of the people"), "number a quarter = 0.25 [0.25, 0.25]\n");
  // Before a scale word, with or without its article: "a quarter million", "quarter million".
  EXPECT_EQ(all("a quarter million people"),
            "count a quarter million people = 250000 [245000, 255000] person noun=people\n");
  EXPECT_EQ(all("It costs quarter million us dollars."),
            "money quarter million us dollars = 250000 [245000, 255000] USD\n");
  EXPECT_EQ(all("the first quarter results"), "ordinal first = 1 [1, 1]\n");
}

// An order of magnitude: from twice the power of ten up to the next one.
TEST(NumberWords, OrdersOfMagnitude) {
  EXPECT_EQ(all("thousands of people"),
            "count thousands of people = 2000 [2000, 10000) person noun=people\n");
  EXPECT_EQ(all("Hundreds of millions of dollars"),
            "money Hundreds of millions of dollars = 200000000 [200000000, 1000000000) USD\n");
  EXPECT_EQ(all("tens of thousands of protesters"),
            "count tens of thousands of protesters = 20000 [20000, 100000) protester noun=protesters\n");
  EXPECT_EQ(all("Dozens of ships sank"), "count Dozens of ships = 24 [24, 100) ship noun=ships\n");
  EXPECT_EQ(all("hundreds to thousands of people"),
            "count hundreds to thousands of people = 1100 [200, 10000) person noun=people\n");
  // "of" joins only a unit: "thousands of them" is the number alone; "tens" alone is no figure.
  EXPECT_EQ(all("thousands of them"), "number thousands = 2000 [2000, 10000)\n");
  EXPECT_EQ(all("the tens digit"), "");
}

TEST(NumberWords, SplitByLineBreaks) {
  EXPECT_EQ(all("an agreement running to sixtynine paragraphs."),
            "count sixtynine paragraphs = 69 [69, 69] paragraph noun=paragraphs\n");
  EXPECT_EQ(all("with sixty-\nnine paragraphs"),
            "count sixty-\nnine paragraphs = 69 [69, 69] paragraph noun=paragraphs\n");
  EXPECT_EQ(all("partnerships with sixteen<br />\ncountries"),
            "count sixteen<br />\ncountries = 16 [16, 16] country noun=countries\n");
  // A blank line ends the paragraph: no figure runs across it.
  EXPECT_EQ(all("about ten\n\ncountries"), "number ten = 10 [9.5, 10.5] (about)\n");
}

TEST(NumberWords, ScaleWordsAndSuffixes) {
  EXPECT_EQ(literal("1.6 million"), "number 1.6 million = 1600000 [1550000, 1650000]");
  EXPECT_EQ(literal("100 billion"), "number 100 billion = 100000000000 [99500000000, 100500000000]");
  EXPECT_EQ(literal("$829m"), "money $829m = 829000000 [828500000, 829500000] USD");
  EXPECT_EQ(literal("$1.1bn"), "money $1.1bn = 1100000000 [1050000000, 1150000000] USD");
  EXPECT_EQ(literal("130bn yen"), "money 130bn yen = 130000000000 [129500000000, 130500000000] JPY");
  EXPECT_EQ(literal("5k"), "number 5k = 5000 [4500, 5500]");
  EXPECT_EQ(literal("2 trillion"), "number 2 trillion = 2000000000000 [1500000000000, 2500000000000]");
  EXPECT_EQ(literal("3 lakh"), "number 3 lakh = 300000 [250000, 350000]");
  EXPECT_EQ(literal("2 crore"), "number 2 crore = 20000000 [15000000, 25000000]");
  // Indian English abbreviations and spellings.
  EXPECT_EQ(literal("Rs 5 cr"), "money Rs 5 cr = 50000000 [45000000, 55000000] INR");
  EXPECT_EQ(literal("30 lacs"), "number 30 lacs = 3000000 [2950000, 3050000]");
  EXPECT_EQ(literal("three hundred krores"), "number three hundred krores = 3000000000 [2995000000, 3005000000]");
  // "m" alone may be metres: a scale only after a currency.
  EXPECT_EQ(all("the 100m race"), "quantity 100m = 100 [99.5, 100.5] m\n");  // metres, not a scale
}

// A plural scale word after a number is still a scale ("two thousand millions" is the long
// count's billion); Indian English "cr" reads among number words as "crore" does.
TEST(NumberWords, PluralAndStackedScales) {
  EXPECT_EQ(literal("four billions"), "number four billions = 4000000000 [3500000000, 4500000000]");
  EXPECT_EQ(literal("7 millions"), "number 7 millions = 7000000 [6500000, 7500000]");
  EXPECT_EQ(literal("two thousand millions"),
            "number two thousand millions = 2000000000 [1500000000, 2500000000]");
  EXPECT_EQ(literal("five cr eight lac"), "number five cr eight lac = 50800000 [50800000, 50800000]");
  // Alone, the plurals stay orders of magnitude.
  EXPECT_EQ(all("millions of voters"),
            "count millions of voters = 2000000 [2000000, 10000000) voter noun=voters\n");
}

// "a pair of", "a couple of", "a score of": the number the word names, "of" read with it.
TEST(NumberWords, CollectiveWords) {
  EXPECT_EQ(all("a pair of gloves"), "count a pair of gloves = 2 [2, 2] glove noun=gloves\n");
  EXPECT_EQ(all("for a couple of months"), "duration a couple of months = 2 [2, 2] month\n");
  EXPECT_EQ(all("a couple of thousand visitors"),
            "count a couple of thousand visitors = 2000 [1500, 2500] visitor noun=visitors\n");
  EXPECT_EQ(all("A score of trawlers sailed."),
            "count A score of trawlers = 20 [20, 20] trawler noun=trawlers\n");
  // Where the clause ends, the thing counted is understood: "Take a couple.", "a pair".
  EXPECT_EQ(all("Take a couple."), "number a couple = 2 [2, 2]\n");
  EXPECT_EQ(all("bought a pair, then left"), "number a pair = 2 [2, 2]\n");
  // After a copula or "as" a couple is people, as before a verb; a score there is a match's.
  EXPECT_EQ(all("They were a couple. They lived as a pair, and a couple who met"), "");
  EXPECT_EQ(all("They're a couple. Theyâre a pair."), "");
  EXPECT_EQ(all("a fine score."), "");
  // Without "of", or before the number a score is, they are nouns.
  EXPECT_EQ(all("the couple married and a couple moved in"), "");
  EXPECT_EQ(all("a pair with a score of 71 left"), "number 71 = 71 [71, 71]\n");
  EXPECT_EQ(all("a score of three to one"), "number three = 3 [3, 3]\n");
}

TEST(NumberWords, HyphenatedScaleAndRest) {
  // Broadcast scripts: a hyphenated scale word and the rest below it, exact to the unit.
  EXPECT_EQ(all("a toll of 18-thousand-500 by"), "number 18-thousand-500 = 18500 [18500, 18500]\n");
  EXPECT_EQ(all("three-thousand-162 people"), "count three-thousand-162 people = 3162 [3162, 3162] person noun=people\n");
  EXPECT_NE(all("5-thousand-20 homes").find("= 5020 [5020, 5020]"), std::string::npos);
  EXPECT_NE(all("2-million-300 votes").find("= 2000300 [2000300, 2000300]"), std::string::npos);
  // Without a rest it stays a rounded figure; a rest that does not fit below the scale is no part.
  EXPECT_EQ(all("17-thousand people"), "count 17-thousand people = 17000 [16500, 17500] person noun=people\n");
  EXPECT_EQ(all("18-thousand-5000").find("18005000"), std::string::npos);
}

TEST(NumberWords, CapitalisedAtASentenceStart) {
  // A number word that opens a sentence, with a word in lower case after it, is a number.
  EXPECT_EQ(all("Eighteen abstained."), "number Eighteen = 18 [18, 18]\n");
  EXPECT_EQ(all("The vote passed. Sixty of the lawmakers"), "number Sixty = 60 [60, 60]\n");
  EXPECT_EQ(all("\"Twelve were hurt,\" he said"), "number Twelve = 12 [12, 12]\n");
  // Mid-sentence, or before a capitalised word, it names something.
  EXPECT_EQ(all("met the Group of Seven today"), "");
  EXPECT_EQ(all("Seven Sisters is a"), "");
}

TEST(NumberWords, NilIsZero) {
  EXPECT_EQ(all("the risk is nil"), "number nil = 0 [0, 0]\n");
  EXPECT_EQ(all("nil tariffs"), "count nil tariffs = 0 [0, 0] tariff noun=tariffs\n");
}

// Headlines and shouted text: number words in capitals read as in lower case.
TEST(NumberWords, InCapitals) {
  EXPECT_EQ(all("ONE TwentY tWO"), "number ONE TwentY tWO = 122 [122, 122]\n");
  EXPECT_EQ(all("up to FORTY-FIVE minutes"), "duration FORTY-FIVE minutes = 45 [0, 45] minute (up to)\n");
  EXPECT_EQ(all("a FIVE HUNDRED budget"), "number FIVE HUNDRED = 500 [500, 500]\n");
}

// Hundreds said as a digit and a pair of digits: "one twenty-two" is 122. The pair needs its unit
// ("one twenty people" counts twenty), and "one" before a hyphenated compound stays apart.
TEST(NumberWords, SpokenHundreds) {
  EXPECT_EQ(all("flight one twenty two landed"), "number one twenty two = 122 [122, 122]\n");
  EXPECT_EQ(all("nine forty-five votes"), "count nine forty-five votes = 945 [945, 945] vote noun=votes\n");
  EXPECT_EQ(all("three sixty-one thousand"), "number three sixty-one thousand = 361000 [360500, 361500]\n");
  EXPECT_EQ(all("one twenty people"), "count twenty people = 20 [20, 20] person noun=people\n");
  EXPECT_EQ(all("two thirty-year-old men").find("230"), std::string::npos);
}

// A fraction joined by a hyphen is one before a noun too ("a third term" is an ordinal).
TEST(NumberWords, HyphenatedFractionBeforeANoun) {
  EXPECT_EQ(all("approximately one-half miles east"),
            "quantity one-half miles = 0.5 [0.45, 0.55] mi (approximately)\n");
  EXPECT_EQ(all("a one-third stake"), "number one-third = 0.333333333333333 [0.333333333333333, 0.333333333333333]\n");
  EXPECT_EQ(all("a third term"), "ordinal third = 3 [3, 3]\n");
}

// A decimal read aloud with digits: "1 point 1"; "point 77" where it opens a clause.
TEST(NumberWords, SpokenPoint) {
  EXPECT_EQ(all("growth of 1 point 1 percent"), "percent 1 point 1 percent = 1.1 [1.05, 1.15] %\n");
  EXPECT_EQ(all("12 point 05 million"), "number 12 point 05 million = 12050000 [12045000, 12055000]\n");
  EXPECT_EQ(all("point 77"), "number point 77 = 0.77 [0.765, 0.775]\n");
  EXPECT_EQ(all("Well, point 5 of it"), "number point 5 = 0.5 [0.45, 0.55]\n");
  EXPECT_EQ(all("It fell, point seven seven percent"), "percent point seven seven percent = 0.77 [0.765, 0.775] %\n");
  // A place in a list, a thing, or points scored.
  EXPECT_EQ(all("at point 3 of the plan"), "number 3 = 3 [3, 3]\n");
  EXPECT_EQ(all("at point five of the plan"), "number five = 5 [5, 5]\n");
  EXPECT_EQ(all("a point of view"), "");
  EXPECT_EQ(all("a 3 point lead"), "count 3 point = 3 [3, 3] point noun=point\n");
  EXPECT_EQ(all("10 points 4"), "count 10 points = 10 [10, 10] point noun=points\nnumber 4 = 4 [4, 4]\n");
}

// After a scale of a million or more, "and a half" is half of that scale, and a fraction followed by
// a smaller scale word a part of that one.
TEST(NumberWords, FractionOfTheScaleAfterAnd) {
  EXPECT_EQ(all("one million and a half"), "number one million and a half = 1500000 [1500000, 1500000]\n");
  EXPECT_EQ(all("five billion and three quarters"),
            "number five billion and three quarters = 5750000000 [5750000000, 5750000000]\n");
  EXPECT_EQ(all("one billion and a quarter million"),
            "number one billion and a quarter million = 1000250000 [1000250000, 1000250000]\n");
  EXPECT_EQ(all("The population is 3 million and a half"),
            "number 3 million and a half = 3500000 [3450000, 3550000]\n");
  EXPECT_EQ(all("$2 billion and a quarter"), "money $2 billion and a quarter = 2250000000 [2245000000, 2255000000] USD\n");
  // Below a million, a mixed number of units; before "dozen", a number of its own.
  EXPECT_EQ(all("one hundred and a half"), "number one hundred and a half = 100.5 [100.45, 100.55]\n");
  EXPECT_EQ(all("3 million and a half dozen eggs"),
            "number 3 million = 3000000 [2500000, 3500000]\ncount a half dozen eggs = 6 [6, 6] egg noun=eggs\n");
}

// Digits with scale words, each group below the one before: "4 thousand 3 hundred and 21". A last
// group without a scale word needs its "and", and only below a million ("5 million 300 people").
TEST(NumberWords, DigitsWithScaleGroups) {
  EXPECT_EQ(all("4 thousand 3 hundred and 21 is"), "number 4 thousand 3 hundred and 21 = 4321 [4320.5, 4321.5]\n");
  EXPECT_EQ(all("I can give you 3 hundred and 21 yuan."),
            "money 3 hundred and 21 yuan = 321 [320.5, 321.5] CNY\n");
  EXPECT_EQ(all("3 hundred and one left"), "number 3 hundred and one = 301 [300.5, 301.5]\n");
  EXPECT_EQ(all("1 million 500 thousand people"),
            "count 1 million 500 thousand people = 1500000 [1499500, 1500500] person noun=people\n");
  EXPECT_EQ(all("5 million 300 people"),
            "number 5 million = 5000000 [4500000, 5500000]\ncount 300 people = 300 [300, 300] person noun=people\n");
  EXPECT_EQ(all("2 million and 300 jobs"),
            "number 2 million = 2000000 [1500000, 2500000]\ncount 300 jobs = 300 [300, 300] job noun=jobs\n");
  EXPECT_EQ(all("between 2 thousand and 3 thousand"),
            "number between 2 thousand and 3 thousand = 2500 [1500, 3500]\n");
  EXPECT_EQ(all("4 thousand 3 hundred and 0 are").find("number 4 thousand 3 hundred = 4300"), 0u);
}

TEST(NumberWords, NotQuantities) {
  EXPECT_EQ(all("one of the partners, no one else"), "");
  EXPECT_EQ(all("the Four Nos principle and the Four Nos defense policy"), "");
  EXPECT_EQ(all("Beijing's so-called nine-dash line"), "");
}

}  // namespace
}  // namespace crosscheck
