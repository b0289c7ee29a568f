// The language each text is read in: given by --language, else detected, and said in the output.
#include "cli/app.h"
#include "support/cli_run.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <sstream>

namespace crosscheck {
namespace {

// The value of the figure whose text starts with `text`, as the JSON gives it.
double value_of(const nlohmann::json& file, const std::string& text) {
  for (const auto& f : file["figures"])
    if (f["text"].get<std::string>().rfind(text, 0) == 0) return f["value"].get<double>();
  ADD_FAILURE() << "no figure " << text;
  return 0;
}

// Made up, in the style of a Vietnamese news text: the separators are Vietnamese.
const std::string kVietnamese =
    "D\u1ef1 \u00e1n \u0111\u00e3 \u0111\u01b0\u1ee3c ph\u00ea duy\u1ec7t v\u1edbi 3.500 chi\u1ebfc xe bu\u00fdt "
    "v\u00e0 t\u1ed5ng v\u1ed1n 2,5 t\u1ef7 \u0111\u00f4 la.\n";

TEST(Language, ExtractDetectsEachTextsLanguageAndReadsItsSeparators) {
  const CliRun r = run({"extract", "-", "--format", "json"}, kVietnamese);
  ASSERT_EQ(r.status, 0) << r.err;
  const auto json = nlohmann::json::parse(r.out);
  const auto& file = json["files"][0];
  EXPECT_EQ(file["language"], "vi");
  EXPECT_EQ(file["language_detected"], true);
  EXPECT_EQ(value_of(file, "3.500"), 3500);

  const CliRun given = run({"extract", "-", "--format", "json", "--language", "en"}, kVietnamese);
  ASSERT_EQ(given.status, 0) << given.err;
  const auto english = nlohmann::json::parse(given.out)["files"][0];
  EXPECT_EQ(english["language"], "en");
  EXPECT_EQ(english["language_detected"], false);
  EXPECT_EQ(value_of(english, "3.500"), 3.5);
}

TEST(Language, DecomposedTextIsDetectedAndReadAsComposed) {
  const std::string nfd = "Du\u0323\u031b a\u0301n \u0111a\u0303 \u0111u\u031bo\u031b\u0323c phe\u0302 duye\u0323\u0302t "
                          "vo\u031b\u0301i 3.500 chie\u0302\u0301c xe.\n";
  const CliRun r = run({"extract", "-", "--format", "json", "--verbose"}, nfd);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err, "<stdin>: read as vi (detected)\n");
  const auto file = nlohmann::json::parse(r.out)["files"][0];
  EXPECT_EQ(value_of(file, "3.500"), 3500);
  // Offsets are those of the decomposed bytes.
  for (const auto& f : file["figures"]) {
    if (f["text"].get<std::string>().rfind("3.500", 0) == 0) {
      EXPECT_EQ(f["start"], nfd.find("3.500"));
    }
  }
}

TEST(Language, JapaneseFormsAreReadInATextOfAnyLanguage) {
  // An English and a German article quoting Japanese amounts: the text keeps its language, the
  // figures written in kanji are read all the same.
  for (const std::string& text :
       {std::string("The cabinet approved a budget of 114\u51463812\u5104\u5186, the Nikkei said, "
                    "and it was the largest ever.\n"),
        std::string("Die Regierung hat den Haushalt von 114\u51463812\u5104\u5186 gebilligt, "
                    "der Verteidigungsetat steigt auf 6,8 Billionen Yen.\n")}) {
    const CliRun r = run({"extract", "-", "--format", "json"}, text);
    ASSERT_EQ(r.status, 0) << r.err;
    const auto file = nlohmann::json::parse(r.out)["files"][0];
    EXPECT_NE(file["language"], "ja");
    EXPECT_EQ(value_of(file, "114\u5146"), 114381200000000.0) << text;
  }
}

TEST(Language, AnInvalidLanguageIsAUsageError) {
  for (const char* command : {"extract", "discover", "check", "lint"}) {
    const CliRun r = run({command, "-", "--language", "Vietnamese!"});
    EXPECT_EQ(r.status, 2) << command;
    EXPECT_NE(r.err.find("--language"), std::string::npos) << command << ": " << r.err;
  }
}

TEST(Language, CheckSaysInVerboseOutputWhichLanguageEachSourceWasReadIn) {
  const CliRun r = run({"check", "rules", "--verbose", "--fail-on", "never"});
  ASSERT_EQ(r.status, 0) << r.err;
  const std::size_t note = r.out.find("note: source diplomat (");
  ASSERT_NE(note, std::string::npos) << r.out;
  const std::string said = ") read as English (en), detected\n";
  EXPECT_EQ(r.out.substr(r.out.find(") read as ", note), said.size()), said);
  const CliRun given = run({"check", "rules", "--verbose", "--fail-on", "never", "--language", "en-GB"});
  EXPECT_NE(given.out.find("read as en-GB, given\n"), std::string::npos);
}

}  // namespace
}  // namespace crosscheck
