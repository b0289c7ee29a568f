// German: cardinals and ordinals from CLDR's spell-out rules (written as one word:
// "dreihundertfünfundzwanzig"), scale words and their abbreviations, currency names from CLDR.
#include "figures/languages/builders.h"

#include <string>
#include <utility>

namespace crosscheck::figures {

namespace {

// German capitalises every noun: a capitalised word after a number (not an acronym, not a word
// the grammar reads first: a unit, a currency, a month) is what it counts ("3.162 Menschen").
std::string german_noun(std::string_view w) {
  if (w.size() < 3 || !(w[0] >= 'A' && w[0] <= 'Z')) return {};
  std::size_t upper = 0;
  for (char c : w) {
    if (c >= 'A' && c <= 'Z') ++upper;
    else if (c >= '0' && c <= '9') return {};
  }
  if (upper > 1) return {};  // "EU", "USA", "CDU"
  std::string lemma(w);
  lemma[0] = static_cast<char>(lemma[0] - 'A' + 'a');
  return lemma;
}

}  // namespace

LanguageTables build_german() {
  LanguageTables t;
  t.open_noun = german_noun;
  t.glued_numbers = true;
  t.capitals_mark_names = false;
  t.one_is_article = true;
  add_spelled_numbers(t, "de");
  // "eins" counts; before a noun or a scale word it is "ein", "eine", "einer"...
  for (const char* one : {"ein", "eine", "einer", "einem", "einen", "eines"}) {
    t.number_words.word(one, {NumberToken::number, 1});
    t.starts_figure(one);
  }
  t.number_words.word("und", {NumberToken::joiner, 0});  // "hundertundzehn"
  for (const char* half : {"die Hälfte", "der Hälfte"}) {
    t.number_words.word(half, {NumberToken::half, 0});
    t.starts_figure(half);
  }
  // Ordinals take the adjective endings: "der dritte", "des dritten", "ein dritter", "drittes".
  add_spelled_ordinals(t, "de", "%spellout-ordinal", {"r", "n", "s", "m"});
  // "Billion" is 10^12 in German, as "Milliarde" is 10^9.
  for (auto [word, power] : {std::pair{"Tausend", 3}, {"Tsd.", 3}, {"Tsd", 3}, {"Million", 6},
                             {"Millionen", 6}, {"Mio.", 6}, {"Mio", 6}, {"Milliarde", 9},
                             {"Milliarden", 9}, {"Mrd.", 9}, {"Mrd", 9}, {"Billion", 12},
                             {"Billionen", 12}, {"Bio.", 12}})
    t.scale_words.exact(word, power);
  // "der 3. Versuch", "im 2. Quartal": an ordinal is written with a point after an article or a
  // preposition joined to one.
  for (const char* w : {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem", "einen",
                        "eines", "zum", "zur", "am", "im", "beim", "vom", "ins", "ans", "sein", "seine",
                        "seinem", "seinen", "seiner", "ihr", "ihre", "ihrem", "ihren", "ihrer", "unser",
                        "unsere", "diese", "dieser", "diesem", "diesen", "dieses", "jede", "jeder", "jedem"}) {
    t.ordinal_dot_after.insert(w);
    std::string capital(w);
    capital[0] = static_cast<char>(capital[0] - 'a' + 'A');
    t.ordinal_dot_after.insert(capital);
  }
  for (const char* w : {"weitere", "weiteren", "weiterer", "zusätzliche", "zusätzlichen"}) t.scale_modifiers.word(w, 0);
  for (auto [word, unit] : {std::pair{"Jahr", "year"}, {"Jahre", "year"}, {"Jahren", "year"},
                            {"Jahrzehnt", "decade"}, {"Jahrzehnte", "decade"}, {"Jahrzehnten", "decade"},
                            {"Monat", "month"}, {"Monate", "month"}, {"Monaten", "month"},
                            {"Woche", "week"}, {"Wochen", "week"}, {"Tag", "day"}, {"Tage", "day"},
                            {"Tagen", "day"}, {"Stunde", "hour"}, {"Stunden", "hour"}})
    t.duration_units.exact(word, unit);
  for (const char* w : {"im", "Im", "in", "In", "bis", "Bis", "seit", "Seit", "ab", "Ab", "vor", "Vor",
                        "nach", "Nach", "von", "Von", "vom", "zum", "Anfang", "Ende", "Mitte"})
    t.month_words_before.insert(w);
  t.percent_words.word("Prozent", 0);
  t.point_words.word("Prozentpunkte", 0);
  t.point_words.word("Prozentpunkten", 0);
  for (const char* w : {"Nr.", "Artikel", "Paragraf", "Paragraph", "Kapitel", "Seite", "Abschnitt", "Absatz", "Ziffer"})
    t.label_words.insert(w);
  add_currency_names(t, "de");
  // Short names beside CLDR's long ones ("Japanischer Yen"): what news text writes.
  for (auto [word, code] : {std::pair{"Euro", "EUR"}, {"Yen", "JPY"}, {"Pfund", "GBP"},
                            {"Franken", "CHF"}, {"Dong", "VND"}, {"Yuan", "CNY"}, {"Rubel", "RUB"},
                            {"Kronen", "SEK"}, {"Won", "KRW"}})
    t.currency_words.exact(word, {code, false, 0});
  // "Dollar" alone, like "$", is read as the options say (USD by default).
  t.currency_words.exact("Dollar", {"$", true, 0});
  t.currency_words.exact("Cent", {"EUR", false, -2});
  for (const char* w : {"rund", "etwa", "ungefähr", "ca.", "circa", "zirka", "annähernd", "gut"})
    t.qualifier_words.word(w, Qualifier::about);
  for (const char* w : {"knapp", "fast", "beinahe", "nahezu"}) t.qualifier_words.word(w, Qualifier::nearly);
  for (const char* w : {"mehr als", "über", "gut über"}) t.qualifier_words.word(w, Qualifier::more_than);
  for (const char* w : {"mindestens", "wenigstens"}) t.qualifier_words.word(w, Qualifier::at_least);
  for (const char* w : {"bis zu", "höchstens", "maximal"}) t.qualifier_words.word(w, Qualifier::up_to);
  for (const char* w : {"weniger als", "unter"}) t.qualifier_words.word(w, Qualifier::less_than);
  // Units of measure from CLDR ("Kilometer", "Quadratkilometer", "Tonnen"); an earthquake's
  // magnitude is "Stärke 7,8" or "Magnitude 7,8".
  add_unit_names(t, "de");
  for (const char* w : {"Stärke", "Magnitude"}) {
    t.magnitude_words.word(w, 0);
    t.starts_figure(w);
  }
  t.equivalent_words = {"umgerechnet", "entspricht", "also", "oder"};
  // What news counts, by the English lemma (see French): "3.577 Tote", "3,577 deaths".
  add_count_concepts(t, {{"death", {"Tote", "Toten", "Todesopfer", "Getötete", "Getöteten"}},
                         {"injured", {"Verletzte", "Verletzten", "Verwundete", "Verwundeten"}},
                         {"missing", {"Vermisste", "Vermissten"}},
                         {"person", {"Menschen", "Personen", "Person", "Mensch"}},
                         {"victim", {"Opfer"}},
                         {"building", {"Gebäude", "Gebäuden"}},
                         {"house", {"Haus", "Häuser", "Häusern"}},
                         {"home", {"Wohnung", "Wohnungen"}},
                         {"lawmaker", {"Abgeordnete", "Abgeordneten", "Parlamentarier", "Parlamentariern"}},
                         {"vote", {"Stimme", "Stimmen"}},
                         {"seat", {"Sitz", "Sitze", "Sitzen", "Mandate"}},
                         {"soldier", {"Soldat", "Soldaten"}},
                         {"child", {"Kind", "Kinder", "Kindern"}},
                         {"refugee", {"Flüchtling", "Flüchtlinge", "Flüchtlingen"}},
                         {"passenger", {"Passagier", "Passagiere", "Passagieren", "Fluggäste"}},
                         {"flight", {"Flug", "Flüge", "Flügen"}},
                         {"ship", {"Schiff", "Schiffe", "Schiffen"}},
                         {"aircraft", {"Flugzeug", "Flugzeuge", "Flugzeugen"}},
                         {"vehicle", {"Fahrzeug", "Fahrzeuge", "Fahrzeugen"}},
                         {"job", {"Arbeitsplatz", "Arbeitsplätze", "Arbeitsplätzen", "Stellen"}},
                         {"worker", {"Arbeiter", "Arbeitern", "Arbeitnehmer", "Arbeitnehmern"}},
                         {"employee", {"Beschäftigte", "Beschäftigten", "Mitarbeiter", "Mitarbeitern", "Angestellte"}},
                         {"company", {"Unternehmen", "Firma", "Firmen"}},
                         {"household", {"Haushalt", "Haushalte", "Haushalten"}},
                         {"family", {"Familie", "Familien"}},
                         {"country", {"Land", "Länder", "Ländern", "Staaten"}},
                         {"city", {"Stadt", "Städte", "Städten"}},
                         {"village", {"Dorf", "Dörfer", "Dörfern"}},
                         {"hospital", {"Krankenhaus", "Krankenhäuser", "Krankenhäusern", "Kliniken"}},
                         {"school", {"Schule", "Schulen"}},
                         {"student", {"Studenten", "Studierende", "Schüler", "Schülern"}},
                         {"patient", {"Patient", "Patienten"}},
                         {"case", {"Fall", "Fälle", "Fällen"}},
                         {"project", {"Projekt", "Projekte", "Projekten"}},
                         {"resident", {"Einwohner", "Einwohnern", "Bewohner", "Bewohnern"}},
                         {"member", {"Mitglied", "Mitglieder", "Mitgliedern"}},
                         {"bank", {"Bank", "Banken"}}});
  return t;
}

}  // namespace crosscheck::figures
