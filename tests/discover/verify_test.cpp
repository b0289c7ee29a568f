// A draft's figures against its sources: supported, contradicted (with both passages, the
// difference and the diagnosis) or unsupported.
#include "discover/verify.h"
#include "discover_testing.h"
#include "support/test_files.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

namespace crosscheck {
namespace {


struct Verified : testing::LoadedTexts {
  DraftPairs pairs;
  Report report;

  // The first path is the draft.
  explicit Verified(const std::vector<std::string>& paths) : LoadedTexts(paths) {
    pairs = pair_draft(sources, 0, normaliser, options);
    report = verify_report(sources, 0, pairs, context());
  }

  const Finding* of(std::string_view figure) const {
    for (const Finding& f : report.findings)
      if (f.mentions.at(0).figure && f.mentions[0].figure->text == figure) return &f;
    return nullptr;
  }
};

std::filesystem::path write_story(const std::string& name, const std::vector<std::pair<std::string, std::string>>& texts) {
  const auto dir = std::filesystem::temp_directory_path() / name;
  std::filesystem::create_directories(dir);
  for (const auto& [file, text] : texts) std::ofstream(dir / file) << text;
  return dir;
}

TEST(Verify, ContradictedWithBothPassagesAndUnsupportedAlone) {
  Verified v({kSourceRoot + "/fixtures/discover/ministry-2024-03-02.txt", kSourceRoot + "/fixtures/discover/wire-2024-03-03.txt"});
  const Finding* soldiers = v.of("1,200 soldiers");
  ASSERT_NE(soldiers, nullptr);
  EXPECT_EQ(soldiers->status, Status::fail);
  EXPECT_EQ(soldiers->message.rfind("contradicted: '1,200 soldiers' against '1,500 soldiers'", 0), 0u)
      << soldiers->message;
  ASSERT_EQ(soldiers->mentions.size(), 2u);
  EXPECT_TRUE(soldiers->mentions[0].primary);  // the draft's passage first
  EXPECT_EQ(soldiers->mentions[0].source_id, "ministry_2024_03_02");
  EXPECT_NE(soldiers->mentions[0].quote.find("took part in the joint rescue exercise"), std::string::npos);
  EXPECT_EQ(soldiers->mentions[1].source_id, "wire_2024_03_03");
  ASSERT_TRUE(soldiers->delta);
  ASSERT_TRUE(soldiers->confidence);
  EXPECT_FALSE(soldiers->signals.empty());
  const Finding* schools = v.of("40 public schools");
  ASSERT_NE(schools, nullptr);
  EXPECT_EQ(schools->status, Status::unresolved);
  EXPECT_EQ(schools->message, "unsupported: no source states '40 public schools'");
  EXPECT_EQ(schools->mentions.size(), 1u);
  // Every verdict is the draft's: the source's own figures get none.
  for (const Finding& f : v.report.findings) EXPECT_EQ(f.mentions[0].source_id, "ministry_2024_03_02");
  EXPECT_EQ(v.report.sources.size(), 2u);
  EXPECT_TRUE(v.report.sources[0].primary);
}

TEST(Verify, SupportedByAnAgreeingSource) {
  const auto dir = write_story("crosscheck-verify-supported",
                               {{"draft.txt", "The agency said 2,350 people were evacuated from the flooded valley. "
                                              "Its budget this year is $12 million. Some 300 schools closed.\n"},
                                {"wire.txt", "Rescuers evacuated 2,350 people from the flooded valley on Monday. "
                                             "The storm cut power to 45,000 homes.\n"},
                                {"other.txt", "The river rose 4 metres overnight. Its 18 bridges were shut, and 120 "
                                              "roads.\n"}});
  Verified v({(dir / "draft.txt").string(), (dir / "wire.txt").string(), (dir / "other.txt").string()});
  const Finding* people = v.of("2,350 people");
  ASSERT_NE(people, nullptr);
  EXPECT_EQ(people->status, Status::pass);
  EXPECT_EQ(people->message, "supported: '2,350 people' agrees with '2,350 people' in wire");
  ASSERT_EQ(people->mentions.size(), 2u);
  EXPECT_EQ(people->mentions[1].source_id, "wire");
  std::filesystem::remove_all(dir);
}

// A source that restates the draft's figure passes on its conflict with another source: the
// French draft's 26 milliards meets the English €26 billion (the same value, across languages),
// which the other English text's €23 billion contradicts in shared words; the draft and that
// text share no word and their values are not near enough to pair alone.
TEST(Verify, ASourceThatRestatesTheDraftPassesOnItsConflicts) {
  const auto dir = write_story("crosscheck-verify-restated",
      {{"draft.txt", "Selon le ministère des finances, la Grèce recevra une première tranche de 26 milliards d'euros "
                     "du fonds de sauvetage européen avant la fin du mois, et le gouvernement doit encore voter la "
                     "réforme des retraites. Le port du Pirée a accueilli 4 800 croisiéristes et 312 ferries en juillet.\n"},
       {"wire.txt", "Athens will receive a first instalment of €26 billion from the ESM rescue fund by Thursday, "
                    "the finance ministry said on Wednesday. Farmers sold 7,500 tonnes of olives, and 640 shops "
                    "reopened in Patras.\n"},
       {"paper.txt", "Athens will receive a first instalment of €23 billion from the ESM rescue fund by Thursday, "
                     "according to the finance ministry. Tourism brought 31 million visitors, and a new metro line "
                     "of 17 km opened.\n"}});
  Verified v({(dir / "draft.txt").string(), (dir / "wire.txt").string(), (dir / "paper.txt").string()});
  ASSERT_EQ(v.sources[0].language, "fr");
  const Finding* tranche = v.of("26 milliards d'euros");
  ASSERT_NE(tranche, nullptr);
  EXPECT_EQ(tranche->status, Status::fail) << tranche->message;
  EXPECT_EQ(tranche->message.rfind("contradicted: '26 milliards d'euros' against '€23 billion' in paper", 0), 0u)
      << tranche->message;
  EXPECT_TRUE(std::ranges::any_of(tranche->signals, [](const Signal& s) { return s.name == "restated"; }));
  // Without the source that restates it, nothing pairs the draft with the other text.
  Verified alone({(dir / "draft.txt").string(), (dir / "paper.txt").string()});
  ASSERT_NE(alone.of("26 milliards d'euros"), nullptr);
  EXPECT_EQ(alone.of("26 milliards d'euros")->status, Status::unresolved);
  std::filesystem::remove_all(dir);
}

// The same value to three digits or more in two texts states one fact, however few words they
// share; a round value does not.
TEST(Verify, TheSameDigitsSupportWithoutSharedWords) {
  const auto dir = write_story("crosscheck-verify-digits",
      {{"draft.txt", "Officials in Hanoi counted 4,316 migrants at the northern crossings last week. Some 200 "
                     "guards were sent there.\n"},
       {"wire.txt", "According to figures released on Monday, the tally stood at 4,316. A storm closed 35 roads "
                    "and 12 bridges.\n"}});
  Verified v({(dir / "draft.txt").string(), (dir / "wire.txt").string()});
  const Finding* migrants = v.of("4,316 migrants");
  ASSERT_NE(migrants, nullptr);
  EXPECT_EQ(migrants->status, Status::pass) << migrants->message;
  const Finding* guards = v.of("200 guards");
  ASSERT_NE(guards, nullptr);
  EXPECT_EQ(guards->status, Status::unresolved) << guards->message;
  std::filesystem::remove_all(dir);
}

// A draft's event dates get verdicts as its other figures do.
TEST(Verify, EventDatesOfTheDraftAreCompared) {
  const auto dir = write_story("crosscheck-verify-dates",
      {{"draft.txt", "Vietnam and Japan signed the maritime security accord on 3 March 2023 in Hanoi, officials said. "
                     "The loan is worth $300 million. Some 4,500 fishermen work the coast, and 37 boats were seized.\n"},
       {"wire.txt", "On March 4, 2023, the two leaders signed the maritime security accord in Hanoi. The deal "
                    "includes a loan of $300 million. Exports of rice reached 7.1 million tonnes, and 260 "
                    "factories opened.\n"}});
  Verified v({(dir / "draft.txt").string(), (dir / "wire.txt").string()});
  const Finding* signed_on = v.of("3 March 2023");
  ASSERT_NE(signed_on, nullptr);
  EXPECT_EQ(signed_on->status, Status::fail) << signed_on->message;
  EXPECT_EQ(signed_on->message.rfind("contradicted: '3 March 2023' against 'March 4, 2023' in wire", 0), 0u)
      << signed_on->message;
  std::filesystem::remove_all(dir);
}

// The seed's hospital aid: the draft's 286 million yen against $239 million is a hundred times
// off, and the diagnosis names the figure that would agree.
TEST(Verify, TheSeedScaleSlipIsContradictedWithItsDiagnosis) {
  std::vector<std::string> paths{kSourceRoot + "/fixtures/articles/diplomat-2015-09-vietnam-japan-partnership.txt"};
  for (const auto& entry : std::filesystem::directory_iterator(kSourceRoot + "/fixtures/articles"))
    if (entry.path().string() != paths[0]) paths.push_back(entry.path().string());
  std::sort(paths.begin() + 1, paths.end());
  Verified v(paths);
  const Finding* aid = v.of("286 million yen");
  ASSERT_NE(aid, nullptr);
  EXPECT_EQ(aid->status, Status::fail) << aid->message;
  EXPECT_EQ(aid->mentions.at(1).figure->text, "$239 million");
  EXPECT_TRUE(std::ranges::any_of(aid->diagnosis, [](const Diagnosis& d) {
    return d.code == "scale-slip" && d.message.find("28.6 billion") != std::string::npos;
  })) << (aid->diagnosis.empty() ? "" : aid->diagnosis[0].message);
  const Finding* loan = v.of("100 billion yen");
  ASSERT_NE(loan, nullptr);
  EXPECT_NE(loan->status, Status::fail) << loan->message;
}

TEST(Verify, VerdictsOfPairs) {
  DraftPairs pairs;
  pairs.compared = {0, 3, 5};
  auto pair = [](FigureRef a, FigureRef b, bool agrees) {
    Conflict c;
    c.a = a;
    c.b = b;
    c.agrees = agrees;
    return c;
  };
  pairs.pairs = {pair({0, 0}, {1, 2}, true), pair({0, 0}, {2, 1}, false), pair({0, 3}, {1, 4}, true)};
  const std::vector<FigureVerdict> verdicts = verdicts_of(pairs, 0);
  ASSERT_EQ(verdicts.size(), 3u);
  // A source stating the fact otherwise contradicts, though another agrees.
  EXPECT_EQ(verdicts[0].verdict, Verdict::contradicted);
  EXPECT_EQ(verdicts[0].pairs, std::vector<std::size_t>{1});
  EXPECT_EQ(verdicts[1].verdict, Verdict::supported);
  EXPECT_EQ(verdicts[2].verdict, Verdict::unsupported);
  EXPECT_EQ(to_string(Verdict::unsupported), "unsupported");
}

}  // namespace
}  // namespace crosscheck
