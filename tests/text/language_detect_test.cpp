#include "text/language_detect.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace crosscheck {
namespace {

// Sentences made up for the test, a few per language, the way a news text reads.
TEST(DetectLanguage, TellsEachLanguageOfTheTableFromMadeUpSentences) {
  const std::pair<std::string, std::string> cases[] = {
      {"en", "The ministry said on Tuesday that the budget for the new bridge was raised to $1.2 billion."},
      {"en", "Officials have confirmed that 120 people were injured, and the toll is expected to rise."},
      {"de", "Die Regierung hat am Montag mitgeteilt, dass der Haushalt für das neue Jahr auf 2,5 Mrd. Euro steigt."},
      {"de", "Nach Angaben der Behörden wurden bei dem Unglück mindestens 40 Menschen verletzt."},
      {"fr", "Le gouvernement a annoncé mardi que le budget de la défense sera porté à 86 milliards d'euros."},
      {"fr", "Selon les autorités, il y a eu plus de 300 blessés dans cette région du pays."},
      {"vi", "Th\u1ee7 t\u01b0\u1edbng \u0111\u00e3 ph\u00ea duy\u1ec7t d\u1ef1 \u00e1n v\u1edbi t\u1ed5ng v\u1ed1n 12,5 t\u1ef7 y\u00ean."},
      {"vi", "Theo b\u00e1o c\u00e1o, kho\u1ea3ng 3.500 chi\u1ebfc xe \u0111\u00e3 \u0111\u01b0\u1ee3c b\u00e1n trong n\u0103m nay."},
      {"ja", "\u653f\u5e9c\u306f\u6765\u5e74\u5ea6\u306e\u4e88\u7b97\u6848\u3092114\u51463812\u5104\u5186\u3068\u3059\u308b\u65b9\u91dd\u3092\u56fa\u3081\u305f\u3002"},
      {"ja", "\u9632\u885b\u8cbb\u306f\uff16\u51468\u5343\u5104\u5186\u3002"},  // kanji and kana, full-width digit
      {"ja", "\u4e88\u7b97114\u5146\u5186"},  // kanji only, short: Japanese
      {"ko", "\uc815\ubd80\ub294 \ub0b4\ub144 \uc608\uc0b0\uc744 639\uc870 \uc6d0\uc73c\ub85c \ud3b8\uc131\ud588\ub2e4."},
      {"es", "El gobierno anunci\u00f3 que el presupuesto para los hospitales ser\u00e1 de 12 millones de euros."},
      {"it", "Il governo ha detto che il bilancio della difesa \u00e8 stato aumentato nel 2023."},
      {"pt", "O governo disse que o or\u00e7amento n\u00e3o foi aprovado pela c\u00e2mara em mar\u00e7o."},
      {"nl", "Het kabinet heeft gezegd dat de begroting voor het leger niet wordt verhoogd."},
  };
  std::set<std::string> seen;
  for (const auto& [want, sentence] : cases) {
    EXPECT_EQ(detect_language(sentence), want) << sentence;
    seen.insert(want);
  }
  for (const LanguageEntry& entry : detectable_languages()) {
    if (entry.tag == "zh") continue;  // tested below: it takes a long text
    EXPECT_TRUE(seen.count(std::string(entry.tag))) << entry.tag << " is not tested";
  }
}

TEST(DetectLanguage, ScriptOutweighsQuotedWords) {
  // An English article quoting Japanese stays English; a Japanese one quoting English stays Japanese.
  EXPECT_EQ(detect_language("The Nikkei reported that the cabinet approved the budget, "
                            "saying \u300c\u9632\u885b\u8cbb\u3092\u5897\u984d\u3059\u308b\u300d in its "
                            "morning edition, and that the total reached 114 trillion yen."),
            "en");
  EXPECT_EQ(detect_language("\u5cb8\u7530\u9996\u76f8\u306f\u300cWe will act\u300d\u3068\u8ff0\u3079\u305f\u3002"
                            "\u9632\u885b\u8cbb\u306f6\u51468\u5343\u5104\u5186\u3068\u306a\u308b\u3002"),
            "ja");
  // Vietnamese names in an English text do not make it Vietnamese.
  EXPECT_EQ(detect_language("Prime Minister Nguy\u1ec5n Xu\u00e2n Ph\u00fac said the airport at Long Th\u00e0nh "
                            "would cost $4.7 billion and open in 2025, with the first phase finished by then."),
            "en");
  // Long Chinese text with no kana is Chinese.
  std::string chinese;
  for (int i = 0; i < 40; ++i) chinese += "\u653f\u5e9c\u5ba3\u5e03\u9884\u7b97\u589e\u52a0";
  EXPECT_EQ(detect_language(chinese), "zh");
}

TEST(DetectLanguage, NothingToGoByIsEnglish) {
  EXPECT_EQ(detect_language(""), "en");
  EXPECT_EQ(detect_language("12 345 678 -- 3.5%"), "en");
  EXPECT_EQ(detect_language("Angela Merkel"), "en");
}

TEST(DetectLanguage, FrenchElisionsCount) {
  EXPECT_EQ(detect_language("L'\u00c9tat s'engage \u00e0 verser 86 milliards d'euros qu'il"), "fr");
}

// Function words count in any case ("DIE", "FÜR"), and a longer word that begins like one
// ("Dieselbe", "Undurchsichtigkeit") is not one.
TEST(DetectLanguage, FunctionWordsInAnyCaseAndNotInsideLongerWords) {
  EXPECT_EQ(detect_language("DIE REGIERUNG HAT DAS BUDGET F\u00dcR DEN HAUSHALT ERH\u00d6HT"), "de");
  EXPECT_EQ(detect_language("Dieselbe Undurchsichtigkeit, Derivate und Diebstahl"), "en");
  EXPECT_EQ(detect_language("Dieselbe Undurchsichtigkeit, Derivate und Diebstahl der Bank"), "de");
}

TEST(SourceLanguage, GivenWinsOverDetected) {
  const SourceLanguage given = source_language("de", "The budget was raised.");
  EXPECT_EQ(given.tag, "de");
  EXPECT_FALSE(given.detected);
  const SourceLanguage detected = source_language("", "Die Regierung hat das Budget und die Steuern erh\u00f6ht.");
  EXPECT_EQ(detected.tag, "de");
  EXPECT_TRUE(detected.detected);
  EXPECT_NE(find_language("vi"), nullptr);
  EXPECT_EQ(find_language("xx"), nullptr);
}

}  // namespace
}  // namespace crosscheck
