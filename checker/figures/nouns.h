// Countable things common in news, units of duration, and the words that may stand between a
// number and its noun.
#pragma once

#include "figures/lexicon.h"

#include <string>
#include <string_view>
#include <utility>

namespace crosscheck::figures {

// Japanese counters, glued to the number: "6隻" (six vessels), "5万人" (50,000 people), "3カ国".
struct Counters : Lexicon<std::string> {
  Counters() {
    for (auto [counter, lemma] :
         {std::pair{"人", "person"}, {"名", "person"}, {"隻", "vessel"}, {"機", "aircraft"},
          {"台", "vehicle"}, {"件", "case"}, {"社", "company"}, {"カ国", "country"},
          {"か国", "country"}, {"ヵ国", "country"}, {"ケ国", "country"}, {"箇国", "country"}})
      exact(counter, lemma);
  }
};

// Plural and singular forms → the lemma (singular, lower case).
struct CountNouns : Lexicon<std::string> {
  CountNouns() {
    // Regular plurals: lemma + "s".
    for (const char* n :
         {"vessel",     "ship",       "boat",        "aircraft",   "plane",      "airplane",
          "fighter",    "jet",        "helicopter",  "submarine",  "frigate",    "corvette",
          "destroyer",  "carrier",    "cutter",      "warship",    "drone",      "missile",
          "tank",       "gun",        "radar",       "satellite",  "soldier",    "troop",
          "sailor",     "officer",    "official",    "leader",     "minister",   "member",
          "delegate",   "student",    "worker",      "intern",     "trainee",    "tourist",
          "visitor",    "resident",   "citizen",     "patient",    "victim",     "casualty",
          "death",      "worker",     "nation",      "state",      "province",   "city",
          "island",     "reef",       "feature",     "project",    "agreement",  "deal",
          "contract",   "document",   "memorandum",  "accord",     "treaty",     "pact",
          "visit",      "trip",       "meeting",     "summit",     "dialogue",   "exercise",
          "drill",      "partnership", "partner",    "company",    "firm",       "enterprise",
          "business",   "bank",       "hospital",    "school",     "university", "factory",
          "plant",      "port",       "airport",     "road",       "bridge",     "case",
          "paragraph",  "pillar",     "point",       "area",       "field",      "sector",
          "item",       "unit",       "job",         "vote",       "seat",       "delegation",
          "container",  "ton",        "tonne",       "mask",       "dose",       "vaccine",
          "employee",   "household",  "family",      "child",      "person",     "injured",
          "article",    "clause",     "resolution",  "initiative", "program",    "programme",
          "scholarship", "embassy",   "consulate",   "round",      "session",    "page",
          "side",       "factor",     "comment",     "goal",       "target",     "step",
          "priority",   "principle",  "organisation", "organization", "region",   "province",
          "district",   "village",    "hectare",     "kilometre",  "kilometer",  "mile",
          "vehicle",    "truck",      "rifle",       "battalion",  "brigade",    "division",
          "regiment",   "squadron",   "fleet",       "crew",       "pilot",      "engineer",
          "expert",     "doctor",     "nurse",       "teacher",    "scientist",  "journalist",
          "prisoner",   "detainee",   "refugee",     "migrant",    "passenger",  "fisherman",
          "chapter",    "section",    "report",      "statement",  "declaration", "plan",
          "proposal",   "bill",       "law",         "decree",     "permit",     "license",
          "licence",    "loan",       "grant",       "package",    "fund",       "investor",
          "investment", "market",     "product",     "shipment",   "flight",     "route",
          "phase",      "stage",      "term",        "tier",       "level",      "pillar",
          "protester",  "protestor",  "demonstrator", "supporter", "voter",      "customer",
          "user",       "farmer",     "buyer",       "seller",     "fan",        "volunteer"})
      noun(n, std::string(n) + "s");
    // Irregular plurals and invariable nouns.
    noun("country", "countries");
    noun("city", "cities");
    noun("casualty", "casualties");
    noun("company", "companies");
    noun("family", "families");
    noun("embassy", "embassies");
    noun("person", "people");
    noun("person", "persons");
    noun("child", "children");
    noun("personnel", "personnel");
    noun("aircraft", "aircraft");
    noun("memorandum", "memoranda");
    noun("memorandum", "memorandums");
    noun("business", "businesses");
    noun("bus", "buses");
    noun("box", "boxes");
    noun("economy", "economies");
    noun("party", "parties");
    noun("ally", "allies");
    noun("facility", "facilities");
    noun("agency", "agencies");
    noun("ministry", "ministries");
    noun("university", "universities");
    noun("fisherman", "fishermen");
    noun("man", "men");
    noun("woman", "women");
    noun("priority", "priorities");
    noun("activity", "activities");
    noun("opportunity", "opportunities");

    noun("class", "classes");
    noun("injured", "injured");
    // One thing, several words: a toll of "dead", "deaths" or "fatalities" counts deaths, and
    // lawmakers are deputies or MPs (the lemmas other languages' words are given under).
    noun("death", "dead");
    noun("death", "fatality");
    noun("death", "fatalities");
    noun("injured", "wounded");
    noun("injured", "injury");
    noun("injured", "injuries");
    noun("missing", "missing");
    for (const char* w : {"lawmaker", "lawmakers", "legislator", "legislators", "deputy", "deputies",
                          "parliamentarian", "parliamentarians", "MP", "MPs"})
      noun("lawmaker", w);
    // Aircraft named by their model: "twelve Sukhoi Su-30MKs".
    for (const char* model : {"Su-30MK", "Su-30MK2", "Su-30MKK", "Su-27", "Su-22", "Su-35",
                              "MiG-21", "F-16", "F-35", "F-15"}) {
      exact(model, "fighter");
      exact(std::string(model) + "s", "fighter");
    }
    exact("P-3C", "aircraft");
    exact("P-3Cs", "aircraft");
  }

 private:
  void noun(std::string_view lemma, std::string_view plural) {
    word(lemma, std::string(lemma));
    word(plural, std::string(lemma));
  }
  void exact(const std::string& text, const char* lemma) { Lexicon::exact(text, lemma); }
};

// Words that form a compound with the head noun and belong to it as written ("patrol ships").
struct NounModifiers : Lexicon<int> {
  NounModifiers() {
    for (const char* w : {"patrol", "coast guard", "naval", "navy", "cargo", "combat", "fighter",
                          "transport", "research", "surveillance", "fishing", "passenger",
                          "military", "rescue", "container", "search and rescue", "maritime",
                          "infrastructure", "development", "hospital", "warship", "attack"})
      word(w, 0);
  }
};

// Units of time: plural and singular → the unit ("four-day", "five years", "two-decade").
struct DurationUnits : Lexicon<std::string> {
  DurationUnits() {
    for (const char* u : {"second", "minute", "hour", "day", "week", "month", "year", "decade"}) {
      word(u, u);
      word(std::string(u) + "s", u);
    }
    word("century", "century");
    word("centuries", "century");
  }

 private:
  void word(const std::string& text, const char* unit) { Lexicon::word(text, unit); }
};

// Function words that never stand between a number and its noun: "2015 and the ships" is no count.
struct StopWords : Lexicon<int> {
  StopWords() {
    for (const char* w :
         {"the",   "a",    "an",    "of",    "and",   "or",    "in",    "on",    "at",
          "to",    "for",  "from",  "with",  "by",    "as",    "that",  "which", "who",
          "was",   "were", "is",    "are",   "be",    "been",  "has",   "have",  "had",
          "will",  "would", "its",  "their", "his",   "her",   "this",  "these", "those",
          "than",  "per",  "into",  "over",  "under", "about", "more",  "less",  "not",
          "no",    "also", "including", "between", "since", "after", "before", "during",
          "it",    "they", "we",    "he",    "she",   "but",   "if",    "when",  "where",
          "while", "all",  "both",  "each",  "other", "such",  "can",   "could", "should",
          "may",   "might", "must", "do",    "did",   "does",  "there", "then",  "so",
          "out",   "up",   "down",  "off",   "our",   "your",  "my",    "them",  "him",
          "said",  "says", "percent"})
      word(w, 0);
  }
};

// Words after which a number is a label, not a quantity: "No. 13", "Project 11661E", "industry 4.0".
struct LabelWords : Lexicon<int> {
  LabelWords() {
    for (const char* w : {"no.", "nos.", "vol.", "resolution", "decree", "directive", "circular",
                          "article", "section", "chapter", "figure", "fig.", "table", "page",
                          "p.", "pp.", "project", "industry", "version", "law", "route",
                          "highway", "hull", "flight", "room", "level", "type", "class", "model",
                          "number", "issue", "volume", "part", "phase", "stage", "block",
                          "revolution", "covid", "hospital", "tel.", "fax", "fax.", "tel", "ext.", "no.:",
                          "clause", "paragraph", "annex", "appendix", "item"})
      word(w, 0);
    exact("No", 0);
    exact("Vol", 0);
  }
};

}  // namespace crosscheck::figures
