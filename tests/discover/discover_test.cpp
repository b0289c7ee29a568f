// Conflicts found with no rule file, and the starter rule file written for them.
#include "checks/runner.h"
#include "discover/discover.h"
#include "discover_testing.h"
#include "discover/rule_writer.h"
#include "figures/extractor.h"
#include "load/rule_loader.h"
#include "support/test_files.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <memory>

namespace crosscheck {
namespace {


struct Story {
  std::vector<std::unique_ptr<SourceFile>> files;
  std::vector<DiscoverSource> sources;
  RateTable rates = RateTable::built_in();
  std::vector<Conflict> conflicts;

  explicit Story(const std::vector<std::string>& paths) {
    DiagnosticSink sink;
    for (const std::string& path : paths) {
      files.push_back(load_source(kSourceRoot + "/" + path, sink));
      const SourceFile& file = *files.back();
      sources.push_back({snake_case_id(std::filesystem::path(path).stem().string()), &file,
                         extract_figures(file.plain()), date_in_name(path), "en"});
    }
    EXPECT_FALSE(sink.has_errors());
    Normaliser normaliser(make_converter(rates), "USD");
    DiscoverOptions options;
    options.fallback = *rates.newest_built_in_date();
    conflicts = find_conflicts(sources, normaliser, options);
  }

  std::string text(const FigureRef& ref) const { return sources[ref.source].figures[ref.figure].text; }
  const Conflict* find(std::string_view a, std::string_view b) const {
    for (const Conflict& c : conflicts)
      if ((text(c.a) == a && text(c.b) == b) || (text(c.a) == b && text(c.b) == a)) return &c;
    return nullptr;
  }
};

TEST(Discover, SoldiersOfOneExerciseDisagree) {
  Story story({"fixtures/discover/ministry-2024-03-02.txt", "fixtures/discover/wire-2024-03-03.txt"});
  ASSERT_EQ(story.conflicts.size(), 1u);
  const Conflict* c = story.find("1,200 soldiers", "1,500 soldiers");
  ASSERT_NE(c, nullptr);
  EXPECT_GE(c->score, DiscoverOptions{}.min_score);
  EXPECT_EQ(c->power_of_ten, 0);
  // The words they share say why they were paired.
  EXPECT_NE(std::ranges::find(c->shared, "exercise"), c->shared.end());
}

// The seed story, with no rule file: both conflicts of its rule files come out, the agreeing
// figures do not, and the yen figure is a hundred times off at the rate of its month.
TEST(Discover, SeedArticlesGiveTheirKnownConflicts) {
  std::vector<std::string> paths;
  for (const auto& entry : std::filesystem::directory_iterator(kSourceRoot + "/fixtures/articles"))
    paths.push_back("fixtures/articles/" + entry.path().filename().string());
  std::ranges::sort(paths);
  Story story(paths);
  const Conflict* hospital = story.find("$239 million", "286 million yen");
  ASSERT_NE(hospital, nullptr);
  EXPECT_EQ(hospital->power_of_ten, 2);
  EXPECT_EQ(to_string(hospital->date), "2015-09-01");  // from the file names: 2015-09
  EXPECT_NE(story.find("two used Japanese patrol ships", "six used patrol boats"), nullptr);
  for (const Conflict& c : story.conflicts)
    EXPECT_NE(story.text(c.a) + story.text(c.b), "100 billion yen$829 million");
  // The two known conflicts come first.
  ASSERT_GE(story.conflicts.size(), 2u);
  EXPECT_EQ(&story.conflicts[0], hospital);
  EXPECT_EQ(story.text(story.conflicts[1].a), "two used Japanese patrol ships");
}

// Figures of one fact given in two texts with the same digits a power of ten apart pair on their
// values alone, across languages, where no word is shared; one leading digit is no evidence.
TEST(Discover, ScaleSlipsPairAcrossLanguages) {
  const auto dir = std::filesystem::temp_directory_path() / "crosscheck-discover-slip";
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "a-2024-05-02.txt") << "Tổng vốn đầu tư tương đương 4,664 tỷ USD, theo Bộ. Có 2 nhà thầu.\n";
  std::ofstream(dir / "b-2024-05-03.txt") << "The ministry put the cost at $4.6m. There were 20 bids.\n";
  DiagnosticSink sink;
  std::vector<std::unique_ptr<SourceFile>> files;
  std::vector<DiscoverSource> sources;
  for (const char* name : {"a-2024-05-02.txt", "b-2024-05-03.txt"}) {
    files.push_back(load_source((dir / name).string(), sink));
    ExtractOptions extract;
    extract.language = name[0] == 'a' ? "vi" : "en";
    sources.push_back({name, files.back().get(), extract_figures(files.back()->plain(), extract), date_in_name(name),
                       extract.language});
  }
  RateTable rates = RateTable::built_in();
  Normaliser normaliser(make_converter(rates), "USD");
  DiscoverOptions options;
  options.fallback = *rates.newest_built_in_date();
  const std::vector<Conflict> conflicts = find_conflicts(sources, normaliser, options);
  ASSERT_EQ(conflicts.size(), 1u);
  EXPECT_EQ(conflicts[0].power_of_ten, 3);
  EXPECT_EQ(conflicts[0].signals.at(0).name, "value");
  std::filesystem::remove_all(dir);
}

// A one-sided word never hides a power-of-ten slip: "over 4.2 billion won" holds 4.2 trillion,
// but no report states a bound a thousand times off its figure. And counts named apart ("deaths",
// "people") pair when their sentences speak of one thing.
TEST(Discover, BoundsHideNoSlipAndNamesAreSignals) {
  const auto dir = std::filesystem::temp_directory_path() / "crosscheck-discover-bound";
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "a-2024-05-02.txt")
      << "The harbour upgrade will cost 4.213 trillion won, the ministry said.\n"
         "The flood in Quang Ngai province killed 1,288 people, officials said.\n";
  std::ofstream(dir / "b-2024-05-03.txt")
      << "The harbour upgrade will cost over 4.213 billion won, according to the ministry.\n"
         "Officials put the flood deaths in Quang Ngai province at 1,106 deaths.\n";
  DiagnosticSink sink;
  std::vector<std::unique_ptr<SourceFile>> files;
  std::vector<DiscoverSource> sources;
  for (const char* name : {"a-2024-05-02.txt", "b-2024-05-03.txt"}) {
    files.push_back(load_source((dir / name).string(), sink));
    sources.push_back({name, files.back().get(), extract_figures(files.back()->plain()), date_in_name(name), "en"});
  }
  RateTable rates = RateTable::built_in();
  Normaliser normaliser(make_converter(rates), "USD");
  DiscoverOptions options;
  options.fallback = *rates.newest_built_in_date();
  const std::vector<Conflict> conflicts = find_conflicts(sources, normaliser, options);
  auto text = [&](const FigureRef& r) { return sources[r.source].figures[r.figure].text; };
  bool slip = false, toll = false;
  for (const Conflict& c : conflicts) {
    if (text(c.a) == "4.213 trillion won" && text(c.b) == "4.213 billion won") slip = c.power_of_ten == 3;
    if (text(c.a) == "1,288 people" && text(c.b) == "1,106 deaths") toll = true;
  }
  EXPECT_TRUE(slip);
  EXPECT_TRUE(toll);
  std::filesystem::remove_all(dir);
}

// Two texts give one amount in euros, each with its dollars: the euros state one amount whatever
// the rate did between their dates, so dollars far apart are a conversion another text contradicts.
TEST(Discover, ConversionsOfOneAmountOnDifferentDays) {
  const auto dir = std::filesystem::temp_directory_path() / "crosscheck-discover-conversions";
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "a-2015-08-03.txt") << "Parliament backed the 40 billion-euro ($43.9 billion) rescue plan on Monday.\n";
  std::ofstream(dir / "b-2015-08-21.txt") << "The 40 billion euro ($58 billion) rescue plan passed parliament.\n";
  testing::LoadedTexts texts({(dir / "a-2015-08-03.txt").string(), (dir / "b-2015-08-21.txt").string()});
  const std::vector<Conflict> conflicts = find_conflicts(texts.sources, texts.normaliser, texts.options);
  bool dollars = false;
  for (const Conflict& c : conflicts)
    if (texts.sources[c.a.source].figures[c.a.figure].text == "$43.9 billion" &&
        texts.sources[c.b.source].figures[c.b.figure].text == "$58 billion")
      dollars = std::ranges::any_of(c.signals, [](const Signal& s) { return s.name == "conversion"; });
  EXPECT_TRUE(dollars);
  std::filesystem::remove_all(dir);
}

namespace {

// The conflicts among texts written to a scratch folder, as "a | b" figure texts with their
// power of ten apart.
std::vector<std::string> conflicts_among(const std::string& name,
                                         const std::vector<std::pair<std::string, std::string>>& texts) {
  const auto dir = std::filesystem::temp_directory_path() / ("crosscheck-discover-" + name);
  std::filesystem::create_directories(dir);
  std::vector<std::string> paths;
  for (const auto& [file, text] : texts) {
    std::ofstream(dir / file) << text;
    paths.push_back((dir / file).string());
  }
  testing::LoadedTexts loaded(paths);
  std::vector<std::string> out;
  for (const Conflict& c : find_conflicts(loaded.sources, loaded.normaliser, loaded.options))
    out.push_back(loaded.sources[c.a.source].figures[c.a.figure].text + " | " +
                  loaded.sources[c.b.source].figures[c.b.figure].text + " x" + std::to_string(c.power_of_ten));
  std::filesystem::remove_all(dir);
  return out;
}

bool has(const std::vector<std::string>& list, const std::string& item) { return std::ranges::find(list, item) != list.end(); }

}  // namespace

// Quantities of one dimension meet in its common unit; one digit a power of ten apart is a slip
// when both measure one thing, and only when it is that digit.
TEST(Discover, QuantitiesAcrossUnitsAndSingleDigitSlips) {
  auto found = conflicts_among("quantities", {{"a-2021-01-05.txt", "The port will handle 4 tons of grain a year. The new road runs 640 km to the coast.\n"},
                                              {"b-2021-01-06.txt", "The port will handle 4 million tonnes of grain a year. The road is 398 miles long, to the coast.\n"},
                                              {"c-2021-01-07.txt", "The port is to handle 1.3 million tonnes of grain each year. Its coast road runs 500 miles.\n"}});
  EXPECT_TRUE(has(found, "4 tons | 4 million tonnes x6")) << ::testing::PrintToString(found);
  EXPECT_FALSE(has(found, "4 tons | 1.3 million tonnes x6"));
  EXPECT_FALSE(has(found, "4 tons | 1.3 million tonnes x5"));
  EXPECT_FALSE(has(found, "640 km | 398 miles x0"));  // 398 miles is 640.5 km
  EXPECT_TRUE(has(found, "640 km | 500 miles x0") || has(found, "398 miles | 500 miles x0"));
}

// One discrepancy that two papers each repeat is listed once: the next place goes to another.
TEST(Discover, OneDiscrepancyListedOnce) {
  // Other figures, so that the words of the budget's sentences are rare among the figures'.
  const std::string others = " Tax revenue is put at 69.44 trillion yen. Pensions take 36.89 trillion yen this year.\n";
  auto found = conflicts_among("once", {{"a-2022-12-23.txt", "The defence budget rises to 6.8219 trillion yen, a record." + others},
                                        {"b-2022-12-23.txt", "The defence budget rises to 6.8219 trillion yen, a record high." + others},
                                        {"c-2022-12-23.txt", "The record defence budget rises to 6.7880 trillion yen." + others}});
  int told = 0;
  for (const std::string& f : found) told += f.find("6.8219 trillion yen") != std::string::npos && f.find("6.7880") != std::string::npos;
  EXPECT_EQ(told, 1) << ::testing::PrintToString(found);
  EXPECT_EQ(found.size(), 1u) << ::testing::PrintToString(found);
}

// A text that states a figure in its headline and again in its body states one fact: one
// conflict, on the body's sentence.
TEST(Discover, AFigureRepeatedInOneTextIsOneFact) {
  const auto dir = std::filesystem::temp_directory_path() / "crosscheck-discover-repeated";
  std::filesystem::create_directories(dir);
  const std::string others = " Tax revenue is put at 69.44 trillion yen. Pensions take 36.89 trillion yen this year.\n";
  std::ofstream(dir / "a-2022-12-23.txt") << "Record 6.8219 trillion yen for Kishida buildup\n"
                                             "The cabinet approved a record defence budget of 6.8219 trillion yen on Friday, officials said." + others;
  std::ofstream(dir / "b-2022-12-23.txt") << "The cabinet approved the Kishida buildup: a record defence budget of 6.7880 trillion yen on Friday." + others;
  testing::LoadedTexts texts({(dir / "a-2022-12-23.txt").string(), (dir / "b-2022-12-23.txt").string()});
  int budget = 0;
  for (const Conflict& c : find_conflicts(texts.sources, texts.normaliser, texts.options)) {
    const Figure& a = texts.sources[c.a.source].figures[c.a.figure];
    if (a.text != "6.8219 trillion yen") continue;
    ++budget;
    EXPECT_GT(a.span.begin, 40u);  // the body's, not the headline's
    EXPECT_NE(std::ranges::find(c.shared, "buildup"), c.shared.end());  // with the headline's words
  }
  EXPECT_EQ(budget, 1);
  std::filesystem::remove_all(dir);
}

// A toll stated as a bare number and again with what it counts ("rose to 2,418", "2,418 deaths")
// is one fact, listed on the occurrence that names it; "people" may count deaths.
TEST(Discover, ABareNumberAndItsCountAreOneFactAndPeopleCountDeaths) {
  const std::string others = " Rescuers searched 310 villages. The airport reopened after 48 hours.\n";
  auto found = conflicts_among("bare-and-count",
                               {{"a-2024-03-02.txt", "The flood toll in the valley rose to 2,418 on Saturday. "
                                                     "In the valley, 2,418 deaths and 9,050 injured were counted." + others},
                                {"b-2024-03-02.txt", "In the valley the flood killed 2,861 people on Saturday, officials said." + others}});
  EXPECT_TRUE(has(found, "2,418 deaths | 2,861 people x0")) << ::testing::PrintToString(found);
  EXPECT_FALSE(has(found, "2,418 | 2,861 people x0"));  // the bare occurrence is the same fact
}

// Across languages, with no shared words, "personnes" may count the deaths a near value counts.
TEST(Discover, PeopleMayCountDeathsAcrossLanguages) {
  auto found = conflicts_among("people-deaths",
                               {{"a-2024-03-02.txt", "Rescuers have now counted 3,577 deaths after the flood.\n"},
                                {"b-2024-03-02.txt", "Selon les secours, 3 498 personnes ont perdu la vie.\n"}});
  EXPECT_TRUE(has(found, "3,577 deaths | 3 498 personnes x0")) << ::testing::PrintToString(found);
}

// Figures of two phases of one project state different things, however alike their sentences.
TEST(Discover, PhasesOfOneProjectAreApart) {
  const std::string others = " Rescue crews cleared 310 villages. The bridge reopened after 48 hours.\n";
  auto found = conflicts_among("phases",
                               {{"a-2024-03-02.txt", "Phase two of the port adds a berth, lifting capacity to 4.5 million tonnes of grain a year." + others},
                                {"b-2024-03-02.txt", "Phase one of the port brings a berth, giving capacity of 2.1 million tonnes of grain a year." + others},
                                {"c-2024-03-02.txt", "Phase two of the port adds a berth, lifting capacity to 3.8 million tonnes of grain a year." + others}});
  EXPECT_TRUE(has(found, "4.5 million tonnes | 3.8 million tonnes x0")) << ::testing::PrintToString(found);
  for (const std::string& f : found) EXPECT_EQ(f.find("2.1 million tonnes"), std::string::npos) << f;
}

// A figure against the other's conversion restates the conflict of the figure it converts.
TEST(Discover, AConversionRestatesItsFigure) {
  const std::string others = " Separately, 4,000 volunteers joined. The ministry spent $12 billion on roads.\n";
  auto found = conflicts_among("restated", {{"a-2023-02-10.txt", "The appeal for the quake victims has raised £33.4 million ($40.4 million) in a day." + others},
                                            {"b-2023-02-10.txt", "The appeal for the quake victims has raised £32m in a day." + others}});
  EXPECT_TRUE(has(found, "£33.4 million | £32m x0")) << ::testing::PrintToString(found);
  EXPECT_FALSE(has(found, "$40.4 million | £32m x0")) << ::testing::PrintToString(found);
  // A conversion of an approximate figure that agrees with the other agrees too.
  found = conflicts_among("restated-about", {{"a-2023-02-10.txt", "The appeal for the quake victims has raised about £33 million ($39.9 million) in a day." + others},
                                             {"b-2023-02-10.txt", "The appeal for the quake victims has raised £32m in a day." + others}});
  EXPECT_TRUE(found.empty()) << ::testing::PrintToString(found);
}

// A text that states a figure's value itself, in words as alike, tells its other figure of
// another fact: the first stage's 30 million visitors against the finished park's 90 million is
// no conflict when both texts give both. A bound or an approximation restates nothing, nor does a
// count of another named thing.
TEST(Discover, AValueTheOtherTextRestatesIsAnotherFact) {
  const std::string tail = " The council met on Tuesday. A new bridge costs $45 million.\n";
  auto found = conflicts_among("restates",
      {{"a-2024-05-02.txt", "The first stage of the harbour park will welcome 30 million visitors a year, rising to 90 million visitors a year when finished." + tail},
       {"b-2024-05-03.txt", "The harbour park will welcome 30 million visitors a year in its first stage and 90 million visitors a year when finished." + tail},
       {"c-2024-05-04.txt", "The harbour park will welcome 35 million visitors a year in its first stage." + tail}});
  EXPECT_FALSE(has(found, "30 million visitors | 90 million visitors x0")) << ::testing::PrintToString(found);
  EXPECT_FALSE(has(found, "90 million visitors | 30 million visitors x0")) << ::testing::PrintToString(found);
  EXPECT_TRUE(has(found, "30 million visitors | 35 million visitors x0")) << ::testing::PrintToString(found);
  const std::string more = " The council met on Tuesday. A new bridge costs $45 million. The zoo keeps 300 parrots and 14 "
                           "lions. Farmers sold 7,500 tonnes of olives. The mayor has 6 deputies.\n";
  // "more than 30 million" agrees with 35 million but does not restate it.
  found = conflicts_among("restates-bound",
      {{"a-2024-05-02.txt", "The harbour park will welcome 28 million visitors a year in its first stage." + more},
       {"b-2024-05-03.txt", "The harbour park will welcome 35 million visitors a year in its first stage. The harbour park "
                            "will welcome more than 28 million visitors a year in its first stage." + more}});
  EXPECT_TRUE(has(found, "28 million visitors | 35 million visitors x0")) << ::testing::PrintToString(found);
  // Nor does "about 28 million": an approximation is no restatement.
  found = conflicts_among("restates-about",
      {{"a-2024-05-02.txt", "The harbour park will welcome 28 million visitors a year in its first stage." + more},
       {"b-2024-05-03.txt", "The harbour park will welcome 35 million visitors a year in its first stage. The harbour park "
                            "will welcome about 28 million visitors a year in its first stage." + more}});
  EXPECT_TRUE(has(found, "28 million visitors | 35 million visitors x0")) << ::testing::PrintToString(found);
  // As a value it does.
  found = conflicts_among("restates-value",
      {{"a-2024-05-02.txt", "The harbour park will welcome 28 million visitors a year in its first stage." + more},
       {"b-2024-05-03.txt", "The harbour park will welcome 35 million visitors a year in its first stage. The harbour park "
                            "will welcome 28 million visitors a year in its first stage." + more}});
  EXPECT_FALSE(has(found, "28 million visitors | 35 million visitors x0")) << ::testing::PrintToString(found);
  // Money in one currency restates as written: the euro fell 6% against the dollar between the
  // two texts' dates, which does not part €30 billion from €30 billion.
  found = conflicts_among("restates-money",
      {{"a-2015-03-02.txt", "The first stage of the harbour park costs €30 billion, rising to €36 billion when finished." + more},
       {"b-2015-03-16.txt", "The harbour park costs €30 billion in its first stage and €36 billion when finished." + more}});
  for (const std::string& f : found) EXPECT_EQ(f.find("€36 billion | €30"), std::string::npos) << f;
  for (const std::string& f : found) EXPECT_EQ(f.find("€30 billion | €36"), std::string::npos) << f;
}

// Two sentences that state one figure alike speak of one event: their other figures pair on it,
// dates too, and across languages where no word is shared ("2,4 Milliarden Euro" and "€2.4
// billion" carry the staff counts). Named things of one language stay apart.
TEST(Discover, AFigureBothSentencesStateAnchorsTheirOthers) {
  const std::string others = " The mayor opened a library with 12,000 books. The river rose 3.5 metres overnight.\n";
  auto found = conflicts_among("anchored",
      {{"a-2024-05-02.txt", "Once all three berths are built, by 2050, the harbour will move 40 million containers a year." + others},
       {"b-2024-05-03.txt", "Shipping lines expect 40 million containers a year through the harbour by 2045, its operator said." + others}});
  EXPECT_TRUE(has(found, "2050 | 2045 x0")) << ::testing::PrintToString(found);
  found = conflicts_among("anchored-languages",
      {{"a-2024-05-02.txt", "Das neue Werk in der Lausitz kostet 2,4 Milliarden Euro und soll 1.800 Mitarbeiter beschäftigen, "
                            "teilte der Konzern am Dienstag mit. Die Stadt zählt 41.000 Einwohner.\n"},
       {"b-2024-05-03.txt", "The new plant costs €2.4 billion and will employ 1,500 workers, the company said on Tuesday. "
                            "Its chimney is 95 metres tall.\n"}});
  EXPECT_TRUE(has(found, "1.800 Mitarbeiter | 1,500 workers x0")) << ::testing::PrintToString(found);
  found = conflicts_among("anchored-named",
      {{"a-2024-05-02.txt", "The first stage, costing $2.4 billion, adds four berths and 300 cranes." + others},
       {"b-2024-05-03.txt", "The first stage, costing $2.4 billion, adds one tunnel and 200 trucks." + others}});
  EXPECT_FALSE(has(found, "four berths | one tunnel x0")) << ::testing::PrintToString(found);
}

// A sentence of several figures of a kind (the votes for, against and abstaining) anchors no one
// of them to a figure far from it in value: the anchor does not say which of them it is.
TEST(Discover, ACrowdedSentenceAnchorsOnlyNearValues) {
  const std::string others = " The city has 41,000 residents and 12 museums.\n";
  auto found = conflicts_among("crowded",
      {{"a-2015-08-19.txt", "In the evening ballot 454 members voted for the motion, 113 against it and 18 abstained." + others},
       {"b-2015-08-20.txt", "Deputies passed it by 453 votes, with 113 opposed and 46 abstaining, the speaker said." + others}});
  EXPECT_TRUE(has(found, "454 members | 453 votes x0")) << ::testing::PrintToString(found);
  for (const std::string& f : found) EXPECT_EQ(f.find("454 members | 46"), std::string::npos) << f;
}

// A bare number that ends its clause measures what its sentence opens with: "the number of
// people killed ... is nearing 2,000" and "... has climbed to at least 2,451" both measure the
// number of people killed.
TEST(Discover, ABareNumberMeasuresItsSubject) {
  const auto dir = std::filesystem::temp_directory_path() / "crosscheck-discover-subject";
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "a-2024-05-02.txt") << "The number of people killed in the floods is nearing 2,000. The river rose 4 metres, "
                                             "and 35 bridges were shut.\n";
  std::ofstream(dir / "b-2024-05-03.txt") << "The number of people killed by last week's floods has climbed to at least 2,451, "
                                             "officials said. Some 900 schools closed and 120 roads.\n";
  testing::LoadedTexts loaded({(dir / "a-2024-05-02.txt").string(), (dir / "b-2024-05-03.txt").string()});
  bool found = false;
  for (const Conflict& c : find_conflicts(loaded.sources, loaded.normaliser, loaded.options)) {
    if (loaded.sources[c.a.source].figures[c.a.figure].text != "2,000") continue;
    found = true;
    EXPECT_TRUE(std::ranges::any_of(c.signals, [](const Signal& s) {
      return s.name == "measure" && s.detail.find("number") != std::string::npos;
    }));
  }
  EXPECT_TRUE(found);
  std::filesystem::remove_all(dir);
}

// A figure's own conversion anchors nothing: "$865 billion" converts the 114.38 trillion yen the
// other sentence restates, so that sentence's "110 trillion yen" is not thereby one fact with it.
TEST(Discover, AFiguresOwnConversionIsNoAnchor) {
  const auto dir = std::filesystem::temp_directory_path() / "crosscheck-discover-own-conversion";
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "a-2022-12-23.txt") << "The cabinet approved a budget of 114.38 trillion yen ($865 billion) on Friday. "
                                             "Tokyo has 14 million people, and 9,000 taxis.\n";
  std::ofstream(dir / "b-2022-12-24.txt") << "Le budget de 114,38 billions de yens dépasse pour la première fois 110 billions "
                                             "de yens. La ville compte 3 200 écoles et 41 musées.\n";
  testing::LoadedTexts loaded({(dir / "a-2022-12-23.txt").string(), (dir / "b-2022-12-24.txt").string()});
  for (const Conflict& c : find_conflicts(loaded.sources, loaded.normaliser, loaded.options))
    for (const Signal& signal : c.signals)
      EXPECT_TRUE(signal.name != "anchor" || signal.detail.find("114") == std::string::npos ||
                  (loaded.sources[c.a.source].figures[c.a.figure].text.find("865") == std::string::npos &&
                   loaded.sources[c.b.source].figures[c.b.figure].text.find("865") == std::string::npos))
          << signal.detail;
  std::filesystem::remove_all(dir);
}

// The dates of one event told apart are a conflict (SPEC §8: "signed on 3 March" against "On
// March 4 ... signed"), compared as whole days; a dateline or a byline dates no event.
TEST(Discover, EventDatesComparedAsDays) {
  auto found = conflicts_among("dates",
      {{"a-2023-03-06.txt", "Published 6 March 2023\nVietnam and Japan signed the maritime security accord on 3 March 2023 in "
                            "Hanoi, officials said. The loan is worth $300 million.\n"},
       {"b-2023-03-07.txt", "Published 6 March 2023\nOn March 4, 2023, the two leaders signed the maritime security accord in "
                            "Hanoi. The deal includes a loan of $300 million.\n"},
       {"c-2023-03-07.txt", "The maritime security accord was signed in Hanoi in 2023, officials said, with a loan of $300 million.\n"}});
  EXPECT_TRUE(has(found, "3 March 2023 | March 4, 2023 x0")) << ::testing::PrintToString(found);
  for (const std::string& f : found) {
    EXPECT_EQ(f.find("6 March 2023"), std::string::npos) << f;  // bylines
    EXPECT_FALSE(f.starts_with("2023 |") || f.find("| 2023 x") != std::string::npos) << f;  // the year holds both days
  }
}

// Dates have no value relation to add (day numbers are all near): their confidence is their
// words' and anchors', not marked down as that of values far apart with no slip between them.
TEST(Discover, DatesAreNotMarkedDownForTheirValues) {
  const auto dir = std::filesystem::temp_directory_path() / "crosscheck-discover-date-score";
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "a-2023-03-06.txt") << "Published 6 March 2023\nVietnam and Japan signed the maritime security accord on 3 March "
                                             "2023 in Hanoi, officials said. The loan is worth $300 million.\n";
  std::ofstream(dir / "b-2023-03-07.txt") << "Published 6 March 2023\nOn March 4, 2023, the two leaders signed the maritime security "
                                             "accord in Hanoi. The deal includes a loan of $300 million.\n";
  std::ofstream(dir / "c-2023-03-07.txt") << "The maritime security accord was signed in Hanoi in 2023, officials said, with a loan of "
                                             "$300 million.\n";
  testing::LoadedTexts loaded({(dir / "a-2023-03-06.txt").string(), (dir / "b-2023-03-07.txt").string(),
                               (dir / "c-2023-03-07.txt").string()});
  const std::vector<Conflict> found = find_conflicts(loaded.sources, loaded.normaliser, loaded.options);
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(loaded.sources[found[0].a.source].figures[found[0].a.figure].text, "3 March 2023");
  EXPECT_GT(found[0].score, 0.4);  // 0.31 when marked down
  std::filesystem::remove_all(dir);
}

// A count its sentence dates more than a year before the other text was written is of a past
// event: the 1999 quake's 17,000 dead are no conflict with this week's 20,000 dead.
TEST(Discover, APastEventsCountIsAnotherFact) {
  const std::string more = " The council met on Tuesday. A new bridge costs $45 million. The zoo keeps 300 parrots and 14 "
                           "lions. Farmers sold 7,500 tonnes of olives.\n";
  auto found = conflicts_among("past",
      {{"a-2023-02-09.txt", "The quake that struck the region in 1999 had left 17,000 people dead in the coastal towns." + more},
       {"b-2023-02-10.txt", "The quake that struck the region has left 20,000 people dead in the coastal towns." + more}});
  EXPECT_FALSE(has(found, "17,000 people dead | 20,000 people dead x0")) << ::testing::PrintToString(found);
  found = conflicts_among("past-control",
      {{"a-2023-02-09.txt", "The quake that struck the region had left 17,000 people dead in the coastal towns." + more},
       {"b-2023-02-10.txt", "The quake that struck the region has left 20,000 people dead in the coastal towns." + more}});
  EXPECT_TRUE(has(found, "17,000 people dead | 20,000 people dead x0")) << ::testing::PrintToString(found);
}

TEST(Discover, DateInName) {
  EXPECT_EQ(to_string(*date_in_name("a/csis-2015-09-party-chief-visit.txt")), "2015-09");
  EXPECT_EQ(to_string(*date_in_name("memo-2015-09-15.txt")), "2015-09-15");
  EXPECT_FALSE(date_in_name("report-2015-13.txt"));
  EXPECT_FALSE(date_in_name("thayer-2016-proactive.txt"));
  EXPECT_FALSE(date_in_name("2015-09/notes.txt"));  // the folder's name is not the file's
}

// The rule file written for the conflicts loads, every quote is found once, and checking it
// fails exactly those claims.
TEST(Discover, StarterRulesLoadAndFail) {
  Story story({"fixtures/discover/ministry-2024-03-02.txt", "fixtures/discover/wire-2024-03-03.txt"});
  const auto dir = std::filesystem::temp_directory_path() / "crosscheck-discover-test";
  std::filesystem::create_directories(dir);
  const std::string path = (dir / "rules.yaml").string();
  std::ofstream(path) << starter_rules(story.sources, story.conflicts, path, DiscoverOptions{});
  DiagnosticSink sink;
  std::vector<RuleFile> rules = load_rule_paths({path}, sink);
  lint_rules(rules, sink);
  for (const Diagnostic& d : sink.diagnostics()) ADD_FAILURE() << to_string(d);
  ASSERT_EQ(rules.size(), 1u);
  ASSERT_EQ(rules[0].claims.size(), 1u);
  EXPECT_EQ(rules[0].claims[0].mentions.size(), 2u);
  RunOptions options;
  std::optional<Report> report = run_checks(rules, options, sink);
  ASSERT_TRUE(report);
  ASSERT_EQ(report->findings.size(), 1u);
  EXPECT_EQ(report->findings[0].status, Status::fail);
  std::filesystem::remove_all(dir);
}

TEST(Discover, SnakeCaseIds) {
  EXPECT_EQ(snake_case_id("csis-2015-09 Party"), "csis_2015_09_party");
  EXPECT_EQ(snake_case_id("2015 notes"), "s_2015_notes");
  EXPECT_EQ(snake_case_id("---"), "source");
}

}  // namespace
}  // namespace crosscheck
