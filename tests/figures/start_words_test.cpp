// The scanner asks the grammar only at words that may start a figure; no figure may be lost by it.
#include "families_common.h"
#include "figures/grammar.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace crosscheck {
namespace {

using testing::all;

bool letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// At every start of a word of letters, the grammar finds a figure only where the prefilter
// admits the word.
std::string unadmitted_figures(std::string_view text) {
  const auto separators = figures::parser::separators_for("en");
  const char* const begin = text.data();
  const char* const end = begin + text.size();
  std::string missed;
  for (const char* p = begin; p < end; ++p) {
    if (!letter(*p) || (p > begin && figures::is_word_lead(static_cast<unsigned char>(p[-1]))))
      continue;
    const char* letters_end = p;
    while (letters_end < end && letter(*letters_end)) ++letters_end;
    figures::ast::Phrase phrase;
    const char* it = p;
    if (figures::parse_phrase(it, end, separators, phrase) &&
        !figures::may_start_figure(p, letters_end, end))
      missed += std::string(p, it) + "\n";
  }
  return missed;
}

TEST(StartWords, EveryWordTheGrammarStartsWithIsAdmitted) {
  EXPECT_EQ(unadmitted_figures(
                "twenty-five vessels, Twelve ships, a dozen eggs, A hundred days, an eighth, half a "
                "million, sixtynine, nought, minus 5, negative one, per cent of 210, percent of "
                "twenty, US$18.8 million, JPY2 billion, RMB5bn, Rs. 40, HK$ 10, September 15, Sept. "
                "15, Nov 27, 2023, May 2015, first, Seventh, twenty-first, USD 5, VND 5 trillion, "
                "a\nthird of them, a<br />\ndozen, Thousands of people, hundreds of millions, Dozens of ships, "
                "a dollar. a gallon of beer, point 77, point five, ONE TWENTY, quarter million, RM42, "
                "Rp5,000, MAUD 60, UAH 3.04, MXN$ 15, a couple."),
            "");
  const std::filesystem::path articles = std::filesystem::path(CROSSCHECK_SOURCE_DIR) / "fixtures/articles";
  for (const auto& entry : std::filesystem::directory_iterator(articles)) {
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    EXPECT_EQ(unadmitted_figures(s.str()), "") << entry.path().filename();
  }
}

TEST(StartWords, OrdinaryWordsAreTurnedAway) {
  auto admitted = [](std::string_view text) {
    const char* end = text.data() + text.size();
    const char* letters_end = text.data();
    while (letters_end < end && letter(*letters_end)) ++letters_end;
    return figures::may_start_figure(text.data(), letters_end, end);
  };
  EXPECT_FALSE(admitted("the ships"));
  EXPECT_FALSE(admitted("a ship"));  // an article alone starts nothing
  EXPECT_FALSE(admitted("an and"));
  EXPECT_FALSE(admitted("nearly 40"));  // approximation words are read back from the figure
  EXPECT_TRUE(admitted("a dozen"));
  EXPECT_TRUE(admitted("six"));
  EXPECT_TRUE(admitted("Sixtynine"));
  EXPECT_TRUE(admitted("May"));
  EXPECT_FALSE(admitted("may"));  // months are capitalised; "may" is a verb
}

// Approximation words are found by looking back from the figure.
TEST(StartWords, QualifiersAreReadBackFromTheFigure) {
  EXPECT_EQ(all("no more than $5"), "money $5 = 5 [0, 5] USD (no more than)\n");
  EXPECT_EQ(all("He said nearly\ntwo dozen ships"),
            "count two dozen ships = 24 [22, 24] ship (nearly) noun=ships\n");
  EXPECT_EQ(all("an estimated 100 people"),
            "count 100 people = 100 [95, 105] person (an estimated) noun=people\n");
  EXPECT_EQ(all("approx. 40%"), "percent 40% = 40 [38, 42] % (approx.)\n");
  EXPECT_EQ(all("約286億円"), "money 286億円 = 28600000000 [27170000000, 30030000000] JPY (約)\n");
  // Not across another figure, nor across a blank line, nor from inside a word.
  EXPECT_EQ(all("5 about 6"), "number 5 = 5 [5, 5]\nnumber 6 = 6 [5.7, 6.3] (about)\n");
  EXPECT_EQ(all("nearly\n\n40 ships"), "count 40 ships = 40 [40, 40] ship noun=ships\n");
  EXPECT_EQ(all("roundabout 40 ships"), "count 40 ships = 40 [40, 40] ship noun=ships\n");
}

}  // namespace
}  // namespace crosscheck
