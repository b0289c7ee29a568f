// Identifiers, model names, footnote markers, phone numbers, links and headings are not figures.
#include "families_common.h"

#include <gtest/gtest.h>

#include <random>

namespace crosscheck {
namespace {

using testing::all;

TEST(NotFigures, IdentifiersAndModelNames) {
  EXPECT_EQ(all("the HQ 186 and P-3C aircraft"), "");
  EXPECT_EQ(all("Su-30MK and Project 11661E frigates"), "");
  EXPECT_EQ(all("during COVID-19 and the COP- 26 meeting, Covid 19 cases"), "");
  EXPECT_EQ(all("the industrial revolution 4.0 and industry 4.0"), "");
  EXPECT_EQ(all("Resolution No. 13 and Vol. 32, No. 1S"), "");
  EXPECT_EQ(all("amend Clause 6 of it, and paragraph 4 of Annex 2"), "");
}

// A place in a sequence after its label ("phase 2", "Stage 3") is an ordinal, not a count and not
// nothing; a label with more after its number ("phase 2.1", "part 3/4") stays a name.
TEST(NotFigures, SequenceLabelsAreOrdinals) {
  EXPECT_EQ(all("Phase 2 adds a terminal."), "ordinal Phase 2 = 2 [2, 2]\n");
  EXPECT_EQ(all("in stage 3 of the works"), "ordinal stage 3 = 3 [3, 3]\n");
  EXPECT_EQ(all("an alert at level 4"), "ordinal level 4 = 4 [4, 4]\n");
  EXPECT_EQ(all("Phase two adds a runway."), "ordinal Phase two = 2 [2, 2]\n");  // not 2 "adds"
  EXPECT_EQ(all("phase one and phase two"), "ordinal phase one = 1 [1, 1]\nordinal phase two = 2 [2, 2]\n");
  EXPECT_EQ(all("phase 2.1 and phase 2b"), "");
  EXPECT_EQ(all("No. 13 and Article 5"), "");
}

// A small number right after a capitalised word inside a sentence is part of a name where only
// names are capitalised; a sentence's first word, a count or a German noun keep their figure.
TEST(NotFigures, NumbersInNames) {
  EXPECT_EQ(all("Brussels (France 3 / francetvinfo), as aboard Apollo 11, said"), "");
  EXPECT_EQ(all("le pilote de Formule 1 et la chaîne France 2", "fr"), "");
  EXPECT_EQ(all("Only 3 voted against."), "number 3 = 3 [3, 3]\n");
  EXPECT_EQ(all("In Hanoi 40 people attended."), "count 40 people = 40 [40, 40] person noun=people\n");
  EXPECT_EQ(all("Beben der Stärke 7 erschüttert", "de"), "quantity Stärke 7 = 7 [6.5, 7.5] magnitude\n");
  EXPECT_EQ(all("the vote in Athens, 12 of them"), "number 12 = 12 [12, 12]\n");
}

TEST(NotFigures, TimesOfDay) {
  EXPECT_EQ(all("updated 06:03 on Monday, at 14:30 and 9:05:30"), "");
  // An hour with "am" or "pm" (in English: "am" is German's "an dem").
  EXPECT_EQ(all("At 2 pm, by 9 a.m. and 10:30 PM, then at 2.17pm"), "");
  EXPECT_EQ(all("a grid of 2.1 pm"), "number 2.1 = 2.1 [2.05, 2.15]\n");
  EXPECT_EQ(all("Zimmer 5 am Ende", "de"), "number 5 = 5 [5, 5]\n");
  // A score or a ratio is no time: its numbers stay.
  EXPECT_EQ(all("won 3:1 at home"), "number 3 = 3 [3, 3]\nnumber 1 = 1 [1, 1]\n");
  EXPECT_NE(all("at 25:30 of").find("number 25"), std::string::npos);  // no 25th hour
}

TEST(NotFigures, FootnoteMarkers) {
  EXPECT_EQ(all("the Twelfth National Party Congress2. Trong’s visit12 was"), "ordinal Twelfth = 12 [12, 12]\n");
  EXPECT_EQ(all("hydropower and nuclear)5. techniques”8. operation[s]12."), "");
  EXPECT_EQ(all("as noted [1-5] and [6, 7]"), "");
}

TEST(NotFigures, PhonesLinksHeadings) {
  EXPECT_EQ(all("Tel.: +61262511849"), "");
  EXPECT_EQ(all("call +84 24 3823 1234 or 202-555-0100"), "");
  EXPECT_EQ(all("see http://thediplomat.com/2014/10/vietnams-partnership/ now"), "");
  EXPECT_EQ(all("\n1. Introduction\n2.1. Policy framework\n"), "");
  EXPECT_EQ(all("text\n 12 \nmore"), "");
  EXPECT_EQ(all("\n\n 7\n\nThe story goes on"), "");
  // A text that is nothing but the number states it.
  EXPECT_EQ(all("12"), "number 12 = 12 [12, 12]\n");
  EXPECT_EQ(all(" 0250 \n"), "number 0250 = 250 [250, 250]\n");
}

// Arbitrary bytes, UTF-8 fragments and near-figures: never a crash, a hang or a span outside.
TEST(HostileInput, RandomBytesNeverCrash) {
  std::mt19937 random(20240601);
  const std::string pieces[] = {"$",     "¥",     "US$", "億",  "円",   "-",    "1,2",  ",",
                                ".",     "9",     "0",   "six", "ty-",  "<br />", "\n", " ",
                                "about", "more than", "September", "15", "2015-", "tỷ", "\xE2\x80",
                                "\xFF",  "\xC3",  "%",   "(",   ")",    "per cent", "a dozen",
                                "half a", "billion", "th", "[1", "+84", "http://"};
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    int n = static_cast<int>(random() % 24);
    for (int i = 0; i < n; ++i) {
      if (random() % 4 == 0) {
        text += static_cast<char>(random() % 256);
      } else {
        text += pieces[random() % std::size(pieces)];
      }
    }
    for (const auto& language : {"en", "vi"}) {
      ExtractOptions options;
      options.language = language;
      for (const auto& f : extract_figures(text, options)) {
        ASSERT_LE(f.span.end, text.size());
        ASSERT_LT(f.span.begin, f.span.end);
      }
      (void)parse_figure_literal(text, options);
    }
  }
}

TEST(HostileInput, LongRunsStayLinear) {
  std::string digits = "x " + std::string(200000, '9') + " y 12";
  std::string words;
  for (int i = 0; i < 20000; ++i) words += "six ";
  std::string groups;
  for (int i = 0; i < 20000; ++i) groups += "1,000,";
  EXPECT_EQ(extract_figures(digits).size(), 1u);
  EXPECT_EQ(extract_figures(words).size(), 20000u);
  EXPECT_FALSE(extract_figures(groups).empty());
}

}  // namespace
}  // namespace crosscheck
