#include "text/language_detect.h"

#include "text/utf8.h"

#include <unicode/uchar.h>
#include <unicode/ulocdata.h>
#include <unicode/uscript.h>
#include <unicode/uset.h>

#include <algorithm>
#include <array>
#include <bitset>
#include <memory>
#include <vector>

namespace crosscheck {

namespace {

using namespace std::string_view_literals;

// Function words chosen so that each is common in its language and rare as a word of the others
// (so `la`, `que`, `in`, `des`, `es`, `da` are in no list: they are words of several).
constexpr std::string_view kEnglish[] = {
    "the"sv, "and"sv, "of"sv, "to"sv, "is"sv, "was"sv, "that"sv, "for"sv, "with"sv, "from"sv,
    "by"sv, "are"sv, "were"sv, "has"sv, "have"sv, "had"sv, "said"sv, "this"sv, "which"sv, "its"sv,
    "it"sv, "be"sv, "been"sv, "will"sv, "would"sv, "on"sv, "at"sv, "after"sv, "than"sv, "but"sv,
    "they"sv, "their"sv, "who"sv};
constexpr std::string_view kGerman[] = {
    "der"sv, "die"sv, "das"sv, "und"sv, "ist"sv, "nicht"sv, "mit"sv, "den"sv, "dem"sv, "ein"sv,
    "eine"sv, "einer"sv, "eines"sv, "einen"sv, "auf"sv, "für"sv, "sich"sv, "von"sv, "im"sv, "zu"sv,
    "zum"sv, "zur"sv, "auch"sv, "wird"sv, "werden"sv, "wurde"sv, "wurden"sv, "bei"sv, "nach"sv,
    "sind"sv, "hat"sv, "haben"sv, "oder"sv, "dass"sv, "noch"sv, "über"sv, "aus"sv, "sie"sv, "wie"sv};
constexpr std::string_view kFrench[] = {
    "le"sv, "les"sv, "et"sv, "du"sv, "une"sv, "est"sv, "dans"sv, "pour"sv, "qui"sv, "sur"sv,
    "au"sv, "aux"sv, "par"sv, "pas"sv, "avec"sv, "ce"sv, "cette"sv, "ces"sv, "sont"sv, "ont"sv,
    "il"sv, "elle"sv, "ils"sv, "selon"sv, "été"sv, "mais"sv, "leur"sv, "d"sv, "l"sv, "qu"sv};
constexpr std::string_view kSpanish[] = {
    "el"sv, "los"sv, "las"sv, "del"sv, "y"sv, "por"sv, "para"sv, "como"sv, "más"sv, "pero"sv,
    "fue"sv, "según"sv, "está"sv, "también"sv, "muy"sv, "hasta"sv, "han"sv, "sus"sv};
constexpr std::string_view kItalian[] = {
    "gli"sv, "della"sv, "delle"sv, "dei"sv, "degli"sv, "che"sv, "è"sv, "nel"sv, "nella"sv,
    "alla"sv, "anche"sv, "sono"sv, "questo"sv, "questa"sv, "dopo"sv, "hanno"sv, "stato"sv, "più"sv};
constexpr std::string_view kPortuguese[] = {
    "os"sv, "dos"sv, "das"sv, "em"sv, "um"sv, "uma"sv, "não"sv, "com"sv, "é"sv, "foi"sv,
    "pelo"sv, "pela"sv, "ao"sv, "também"sv, "são"sv, "nos"sv, "seu"sv, "sua"sv};
constexpr std::string_view kDutch[] = {
    "het"sv, "een"sv, "niet"sv, "zijn"sv, "voor"sv, "ook"sv, "naar"sv, "werd"sv, "wordt"sv,
    "bij"sv, "deze"sv, "hij"sv, "heeft"sv, "worden"sv, "dit"sv, "uit"sv, "maar"sv};

// Order matters only on a tie of function words: the earlier wins (English first).
constexpr LanguageEntry kLanguages[] = {
    {"ja", "Japanese", LanguageSign::script, {}},
    {"zh", "Chinese", LanguageSign::script, {}},
    {"ko", "Korean", LanguageSign::script, {}},
    {"vi", "Vietnamese", LanguageSign::letters, {}},
    {"en", "English", LanguageSign::words, kEnglish},
    {"de", "German", LanguageSign::words, kGerman},
    {"fr", "French", LanguageSign::words, kFrench},
    {"es", "Spanish", LanguageSign::words, kSpanish},
    {"it", "Italian", LanguageSign::words, kItalian},
    {"pt", "Portuguese", LanguageSign::words, kPortuguese},
    {"nl", "Dutch", LanguageSign::words, kDutch},
};

constexpr std::size_t kMaxBytes = kDetectionBytes;
constexpr char32_t kLetterTableSize = 0x2000;  // Latin letters with diacritics all lie below

// Letters Vietnamese writes and none of the table's other Latin-script languages do, from CLDR's
// exemplar characters (through ICU): ă đ ơ ư and the vowels with a hook above or a dot below...
// rather than a hand-written list.
const std::bitset<kLetterTableSize>& vietnamese_letters() {
  static const std::bitset<kLetterTableSize> letters = [] {
    std::bitset<kLetterTableSize> out;
    const auto exemplars = [](const char* locale) -> USet* {
      UErrorCode status = U_ZERO_ERROR;
      ULocaleData* data = ulocdata_open(locale, &status);
      if (U_FAILURE(status)) return nullptr;
      USet* set = ulocdata_getExemplarSet(data, nullptr, USET_ADD_CASE_MAPPINGS, ULOCDATA_ES_STANDARD, &status);
      ulocdata_close(data);
      if (U_FAILURE(status)) {
        if (set) uset_close(set);
        return nullptr;
      }
      return set;
    };
    USet* vietnamese = exemplars("vi");
    if (!vietnamese) return out;
    for (const LanguageEntry& entry : kLanguages) {
      if (entry.sign != LanguageSign::words) continue;
      const std::string locale(entry.tag);
      if (USet* other = exemplars(locale.c_str())) {
        uset_removeAll(vietnamese, other);
        uset_close(other);
      }
    }
    for (char32_t cp = 0x80; cp < kLetterTableSize; ++cp)
      if (uset_contains(vietnamese, static_cast<UChar32>(cp))) out.set(cp);
    uset_close(vietnamese);
    return out;
  }();
  return letters;
}

struct Counts {
  std::size_t latin = 0, vietnamese = 0, kana = 0, han = 0, hangul = 0;
  std::array<std::size_t, std::size(kLanguages)> words{};
};

// Lower case of a Latin letter (ASCII and Latin-1/Extended): enough for function words.
void append_lower(std::string& word, char32_t cp) {
  if (cp < 0x80) {
    word += static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp - 'A' + 'a' : cp);
    return;
  }
  append_utf8(word, static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp))));
}

void count_word(const std::string& word, Counts& counts) {
  if (word.empty() || word.size() > 8) return;
  for (std::size_t i = 0; i < std::size(kLanguages); ++i) {
    const auto& words = kLanguages[i].words;
    if (std::find(words.begin(), words.end(), word) != words.end()) ++counts.words[i];
  }
}

Counts count(std::string_view text) {
  if (text.size() > kMaxBytes) {
    std::size_t end = kMaxBytes;
    while (end > 0 && is_utf8_continuation(static_cast<unsigned char>(text[end]))) --end;
    text = text.substr(0, end);
  }
  const auto& vietnamese = vietnamese_letters();
  Counts counts;
  std::string word;
  std::size_t i = 0;
  while (i < text.size()) {
    const auto byte = static_cast<unsigned char>(text[i]);
    char32_t cp = byte;
    if (byte < 0x80) ++i;
    else cp = decode_utf8(text, i);
    bool latin_letter = false;
    if (cp < 0x80) {
      latin_letter = (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    } else if (u_isalpha(static_cast<UChar32>(cp))) {
      UErrorCode status = U_ZERO_ERROR;
      switch (uscript_getScript(static_cast<UChar32>(cp), &status)) {
        case USCRIPT_LATIN:
          latin_letter = true;
          if (cp < kLetterTableSize && vietnamese.test(cp)) ++counts.vietnamese;
          break;
        case USCRIPT_HIRAGANA: case USCRIPT_KATAKANA: case USCRIPT_KATAKANA_OR_HIRAGANA:
          ++counts.kana;
          break;
        case USCRIPT_HAN:
          ++counts.han;
          break;
        case USCRIPT_HANGUL:
          ++counts.hangul;
          break;
        default:
          break;
      }
    }
    if (latin_letter) {
      ++counts.latin;
      append_lower(word, cp);
    } else {
      count_word(word, counts);
      word.clear();
    }
  }
  count_word(word, counts);
  return counts;
}

}  // namespace

bool is_language_tag(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size() && text[i] >= 'a' && text[i] <= 'z') ++i;
  if (i < 2 || i > 3) return false;
  const auto alnum = [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  while (i < text.size()) {
    if (text[i] != '-') return false;
    const std::size_t start = ++i;
    while (i < text.size() && alnum(text[i])) ++i;
    if (i - start < 2 || i - start > 8) return false;
  }
  return true;
}

std::span<const LanguageEntry> detectable_languages() { return kLanguages; }

const LanguageEntry* find_language(std::string_view tag) {
  for (const LanguageEntry& entry : kLanguages)
    if (entry.tag == tag) return &entry;
  return nullptr;
}

std::string detect_language(std::string_view text) {
  const Counts c = count(text);
  // A kanji, kana or Hangul syllable says about as much as two Latin letters: weighed so, the
  // script that writes most of the text wins, and an English article quoting a Japanese sentence
  // stays English.
  const std::size_t cjk = 2 * (c.kana + c.han);
  const std::size_t hangul = 2 * c.hangul;
  if (cjk > 0 && cjk >= c.latin + hangul) return c.kana == 0 && c.han >= 200 ? "zh" : "ja";
  if (hangul > 0 && hangul >= c.latin + cjk) return "ko";
  if (c.vietnamese >= 3 && 100 * c.vietnamese >= 3 * c.latin) return "vi";
  std::size_t best = 0;
  for (std::size_t i = 1; i < std::size(kLanguages); ++i)
    if (c.words[i] > c.words[best]) best = i;
  if (c.words[best] < 2) return "en";
  return std::string(kLanguages[best].tag);
}

SourceLanguage source_language(std::string_view given, std::string_view text) {
  if (!given.empty()) return {std::string(given), false};
  return {detect_language(text), true};
}

}  // namespace crosscheck
