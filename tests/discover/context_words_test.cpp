#include "discover/context_words.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace crosscheck {
namespace {

std::vector<std::string> around(std::string_view text, std::string_view figure) {
  const std::size_t at = text.find(figure);
  return context_words(text, Span{at, at + figure.size()});
}

TEST(ContextWords, ContentWordsOfTheSentence) {
  // Function words, number words and short words go; case folds; the next sentence is not read.
  EXPECT_EQ(around("Japan has offered 286 million yen in official development assistance to help "
                   "Vietnam. Two ships sailed.",
                   "286 million yen"),
            (std::vector<std::string>{"assistance", "development", "help", "japan", "offered",
                                      "official", "vietnam"}));
}

TEST(ContextWords, QuoteMarksAndPossessivesAreNotPartOfWords) {
  EXPECT_EQ(around("Abe’s “big-ticket” loan of 5 yen", "5 yen"),
            (std::vector<std::string>{"abe", "big-ticket", "loan"}));
}

TEST(ContextWords, StopsAtABlankLineAndWithinReach) {
  EXPECT_EQ(around("Heading words\n\n40 schools opened", "40"), (std::vector<std::string>{"opened", "schools"}));
  const std::vector<std::string> near =
      context_words("one two three four five six seven alpha 5 beta", Span{40, 41}, 1);
  EXPECT_EQ(near, (std::vector<std::string>{"alpha", "beta"}));
}

// Japanese is written without spaces: a run stands for its words by its character pairs, only the
// nearest characters count, and neither the full stop nor what lies past it does.
TEST(ContextWords, JapaneseRunsAsCharacterPairs) {
  const std::vector<std::string> words = around("予算案。防衛費は6兆8219億円に上る", "6兆8219億円");
  auto has = [&](std::string_view w) { return std::ranges::find(words, w) != words.end(); };
  EXPECT_TRUE(has("防衛"));
  EXPECT_TRUE(has("衛費"));
  EXPECT_TRUE(has("に上"));
  EXPECT_FALSE(has("予算"));  // the sentence before
  EXPECT_FALSE(has("案。"));
  const std::vector<std::string> near = context_words("あいうえおかきくけこ5", Span{30, 31}, 3);
  EXPECT_EQ(near, (std::vector<std::string>{"くけ", "けこ"}));
}

// Names meet across languages by their first four letters without accents; the first word of a
// sentence, short words and lower-case words are not names.
TEST(NameKeys, CapitalisedWordsFoldedToFourLetters) {
  auto keys = [](std::string_view text, std::string_view figure) {
    const std::size_t at = text.find(figure);
    return name_keys(text, Span{at, at + figure.size()});
  };
  const std::vector<std::string> fr = keys("Côté syrien, au moins 5 000 blessés en Syrie.", "5 000");
  EXPECT_EQ(fr, (std::vector<std::string>{"syri"}));
  const std::vector<std::string> en = keys("More than 6,300 were hurt in Syria, officials said.", "6,300");
  EXPECT_EQ(en, (std::vector<std::string>{"syri"}));
  const std::vector<std::string> de = keys("Es starben 17 134 Menschen in der Türkei und in Nordsyrien.", "17 134");
  EXPECT_EQ(de, (std::vector<std::string>{"mens", "nord", "turk"}));
}

}  // namespace
}  // namespace crosscheck
