// French: cardinals and ordinals from CLDR's spell-out rules ("quatre-vingt-dix", "troisième"),
// scale words ("86 milliards"), currency names from CLDR, also after "de" ("milliards d'euros").
#include "figures/languages/builders.h"

#include <string>
#include <utility>

namespace crosscheck::figures {

namespace {

// A plural in lower case (ending in "s" or "x"), no function word ("les", "dans", "plus", "fois").
std::string french_plural(std::string_view w) {
  static const WordSet not_nouns = [] {
    WordSet set;
    for (const char* x : {"les", "des", "ces", "mes", "tes", "ses", "nos", "vos", "leurs", "dans", "sous",
                          "sans", "plus", "moins", "très", "après", "depuis", "vers", "chez", "alors",
                          "mais", "puis", "fois", "ans", "mois", "jours", "heures", "semaines", "dont",
                          "tous", "toutes", "autres", "deux", "trois", "six", "dix", "mieux", "ceux",
                          "eux", "aux", "nous", "vous", "lors", "hors", "parmi", "selon", "était",
                          "avons", "avez", "sont", "étaient", "seraient", "auraient", "pris", "mis",
                          "quelques", "plusieurs", "certains", "certaines", "nombreux", "nombreuses",
                          "environ", "près", "dès", "jamais", "toujours", "encore", "pas"})
      set.insert(x);
    return set;
  }();
  if (w.size() < 4 || !(w.back() == 's' || w.back() == 'x')) return {};
  const unsigned char first = static_cast<unsigned char>(w[0]);
  if (!((first >= 'a' && first <= 'z') || first >= 0xC3)) return {};
  for (char c : w)
    if (c >= 'A' && c <= 'Z') return {};
  if (not_nouns.contains(w)) return {};
  return std::string(w.substr(0, w.size() - 1));
}

}  // namespace

LanguageTables build_french() {
  LanguageTables t;
  t.open_noun = french_plural;
  t.one_is_article = true;
  add_spelled_numbers(t, "fr");
  t.number_words.word("une", {NumberToken::number, 1});
  t.starts_figure("une");
  t.number_words.word("la moitié", {NumberToken::half, 0});
  t.starts_figure("la moitié");
  add_spelled_ordinals(t, "fr", "%spellout-ordinal-masculine", {"s"});
  add_spelled_ordinals(t, "fr", "%spellout-ordinal-feminine", {"s"});
  for (const char* second : {"second", "seconde", "seconds", "secondes"}) {
    t.ordinal_words.word(second, 2);
    t.starts_figure(second);
  }
  // "3e", "1er", "1re", "2ème", "2nde".
  for (const char* suffix : {"e", "è", "ème", "eme", "er", "re", "ère", "nd", "nde"}) t.ordinal_suffixes.exact(suffix, 0);
  // "billion" is 10^12 in French; "mille" and "millier" a thousand ("un millier", "trois mille").
  for (auto [word, power] : {std::pair{"mille", 3}, {"millier", 3}, {"milliers", 3}, {"million", 6},
                             {"millions", 6}, {"M", 6}, {"milliard", 9}, {"milliards", 9},
                             {"Md", 9}, {"Mds", 9}, {"Mrd", 9}, {"billion", 12}, {"billions", 12}})
    t.scale_words.exact(word, power);
  for (const char* w : {"autres", "nouveaux", "nouvelles"}) t.scale_modifiers.word(w, 0);
  for (auto [word, unit] : {std::pair{"an", "year"}, {"ans", "year"}, {"année", "year"}, {"années", "year"},
                            {"décennie", "decade"}, {"décennies", "decade"}, {"mois", "month"},
                            {"semaine", "week"}, {"semaines", "week"}, {"jour", "day"}, {"jours", "day"},
                            {"heure", "hour"}, {"heures", "hour"}})
    t.duration_units.exact(word, unit);
  t.percent_words.word("pour cent", 0);
  t.percent_words.word("pourcent", 0);
  t.point_words.word("points de pourcentage", 0);
  t.point_words.word("point de pourcentage", 0);
  for (const char* w : {"article", "Article", "chapitre", "Chapitre", "page", "alinéa", "paragraphe", "section"})
    t.label_words.insert(w);
  add_currency_names(t, "fr");
  for (auto [word, code] : {std::pair{"euros", "EUR"}, {"euro", "EUR"}, {"yens", "JPY"},
                            {"yen", "JPY"}, {"livres sterling", "GBP"}, {"francs suisses", "CHF"},
                            {"dongs", "VND"}, {"yuans", "CNY"}})
    t.currency_words.word(word, {code, false, 0});
  t.currency_words.word("dollars", {"$", true, 0});
  t.currency_words.word("dollar", {"$", true, 0});
  // After a scale word the currency takes "de": "86 milliards d'euros", "3 millions de dollars".
  Lexicon<ast::Currency> elided;
  t.currency_words.for_each([&elided](const std::string& name, const ast::Currency& currency) {
    const bool vowel = std::string_view("aeiouyAEIOUYéÉ").find(name[0]) != std::string_view::npos;
    elided.exact("de " + name, currency);
    if (vowel) {
      elided.exact("d'" + name, currency);
      elided.exact("d’" + name, currency);
    }
  });
  elided.for_each([&t](const std::string& name, const ast::Currency& c) { t.currency_words.exact(name, c); });
  for (const char* w : {"environ", "quelque", "approximativement", "autour de", "aux alentours de",
                        "à peu près"})
    t.qualifier_words.word(w, Qualifier::about);
  for (const char* w : {"près de", "presque", "pas loin de", "quasiment"})
    t.qualifier_words.word(w, Qualifier::nearly);
  for (const char* w : {"plus de", "au-delà de"}) t.qualifier_words.word(w, Qualifier::more_than);
  for (const char* w : {"au moins", "au minimum"}) t.qualifier_words.word(w, Qualifier::at_least);
  for (const char* w : {"jusqu'à", "jusqu’à", "au maximum", "au plus"}) t.qualifier_words.word(w, Qualifier::up_to);
  t.qualifier_words.word("moins de", Qualifier::less_than);
  // Units of measure from CLDR ("kilomètres", "kilomètres carrés", "hectares"); "magnitude 7,8".
  add_unit_names(t, "fr");
  t.magnitude_words.word("magnitude", 0);
  t.starts_figure("magnitude");
  for (const char* w : {"en", "En", "depuis", "Depuis", "dès", "Dès", "fin", "Fin", "début", "Début",
                        "mi", "avant", "Avant", "après", "Après", "de", "d'", "d\xE2\x80\x99", "mois"})
    t.month_words_before.insert(w);
  t.equivalent_words = {"soit", "équivalent à", "ou"};
  // What news counts, named by the English lemma the other languages' tables give it, so that a
  // count in French and one in English or Vietnamese name one thing ("3 577 morts", "3,577 deaths").
  add_count_concepts(t, {{"death", {"mort", "morts", "décès", "tué", "tués"}},
                         {"injured", {"blessé", "blessés", "blessée", "blessées"}},
                         {"missing", {"disparu", "disparus"}},
                         {"person", {"personne", "personnes", "individu", "individus"}},
                         {"victim", {"victime", "victimes"}},
                         {"building", {"bâtiment", "bâtiments", "immeuble", "immeubles", "édifice", "édifices"}},
                         {"house", {"maison", "maisons"}},
                         {"home", {"logement", "logements"}},
                         {"lawmaker", {"député", "députés", "parlementaire", "parlementaires", "élu", "élus"}},
                         {"vote", {"voix", "vote", "votes"}},
                         {"seat", {"siège", "sièges"}},
                         {"soldier", {"soldat", "soldats", "militaire", "militaires"}},
                         {"child", {"enfant", "enfants"}},
                         {"refugee", {"réfugié", "réfugiés"}},
                         {"passenger", {"passager", "passagers"}},
                         {"flight", {"vol", "vols"}},
                         {"ship", {"navire", "navires", "bateau", "bateaux"}},
                         {"aircraft", {"avion", "avions"}},
                         {"vehicle", {"véhicule", "véhicules"}},
                         {"job", {"emploi", "emplois"}},
                         {"worker", {"travailleur", "travailleurs", "ouvrier", "ouvriers"}},
                         {"employee", {"salarié", "salariés", "employé", "employés"}},
                         {"company", {"entreprise", "entreprises", "société", "sociétés"}},
                         {"household", {"ménage", "ménages", "foyer", "foyers"}},
                         {"family", {"famille", "familles"}},
                         {"country", {"pays"}},
                         {"city", {"ville", "villes"}},
                         {"village", {"village", "villages"}},
                         {"hospital", {"hôpital", "hôpitaux"}},
                         {"school", {"école", "écoles"}},
                         {"student", {"étudiant", "étudiants", "élève", "élèves"}},
                         {"patient", {"patient", "patients"}},
                         {"case", {"cas"}},
                         {"project", {"projet", "projets"}},
                         {"resident", {"habitant", "habitants"}},
                         {"member", {"membre", "membres"}},
                         {"bank", {"banque", "banques"}}});
  return t;
}

}  // namespace crosscheck::figures
