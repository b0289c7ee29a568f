#include "text/language_detect.h"

#include "text/utf8.h"

#include <unicode/uchar.h>
#include <unicode/ulocdata.h>
#include <unicode/uscript.h>
#include <unicode/uset.h>

#include <algorithm>
#include <array>
#include <bit>
#include <bitset>
#include <cstdint>
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

// A word of at most eight bytes, packed into an integer (its first byte lowest): letters are never
// 0, so the integer tells the word and its length. Longer words are in no list.
constexpr std::size_t kLongestWord = 8;
using WordKey = std::uint64_t;

constexpr WordKey word_key(std::string_view word) {
  WordKey key = 0;
  for (std::size_t i = 0; i < word.size(); ++i) key |= WordKey{static_cast<unsigned char>(word[i])} << (8 * i);
  return key;
}

// Every function word with the languages (one bit each, in table order) that list it ("também" is
// Spanish and Portuguese): one look-up per word of the text instead of a search of every list.
class FunctionWords {
 public:
  FunctionWords() {
    for (std::size_t i = 0; i < std::size(kLanguages); ++i)
      for (std::string_view w : kLanguages[i].words)
        if (!w.empty() && w.size() <= kLongestWord) slot(word_key(w)).languages |= 1u << i;
  }
  // The languages whose list holds the word; 0 for most words.
  std::uint32_t languages(WordKey key) const {
    for (std::size_t i = hash(key);; i = (i + 1) & kMask) {
      if (slots_[i].key == key) return slots_[i].languages;
      if (slots_[i].key == 0) return 0;
    }
  }

 private:
  struct Slot {
    WordKey key = 0;
    std::uint32_t languages = 0;
  };
  static constexpr std::size_t kSlots = 1024;  // several times the words of all lists: short probes
  static constexpr std::size_t kMask = kSlots - 1;
  static std::size_t hash(WordKey key) { return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> 54) & kMask; }
  Slot& slot(WordKey key) {
    std::size_t i = hash(key);
    while (slots_[i].key != 0 && slots_[i].key != key) i = (i + 1) & kMask;
    slots_[i].key = key;
    return slots_[i];
  }
  std::array<Slot, kSlots> slots_{};
};

// The word being read, lower case, as its key; `size` past kLongestWord once it is too long.
struct Word {
  WordKey key = 0;
  std::size_t size = 0;
  void append(std::string_view bytes) {
    if (size + bytes.size() > kLongestWord) {
      size = kLongestWord + 1;
      return;
    }
    for (char c : bytes) key |= WordKey{static_cast<unsigned char>(c)} << (8 * size++);
  }
};

void count_word(Word& word, const FunctionWords& table, Counts& counts) {
  if (word.size > 0 && word.size <= kLongestWord)
    for (std::uint32_t languages = table.languages(word.key); languages != 0; languages &= languages - 1)
      ++counts.words[static_cast<std::size_t>(std::countr_zero(languages))];
  word = {};
}

// A letter (of any script) other than ASCII: its script, with the same ICU calls for every one.
void count_letter(char32_t cp, Word& word, const FunctionWords& table, Counts& counts) {
  bool latin_letter = false;
  if (u_isalpha(static_cast<UChar32>(cp))) {
    UErrorCode status = U_ZERO_ERROR;
    switch (uscript_getScript(static_cast<UChar32>(cp), &status)) {
      case USCRIPT_LATIN:
        latin_letter = true;
        if (cp < kLetterTableSize && vietnamese_letters().test(cp)) ++counts.vietnamese;
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
  if (!latin_letter) {
    count_word(word, table, counts);
    return;
  }
  ++counts.latin;
  // Lower case of a Latin letter (Latin-1 and Extended): enough for function words.
  std::string lower;
  append_utf8(lower, static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp))));
  word.append(lower);
}

// ASCII letters in lower case, 0 for every other byte below 0x80.
constexpr std::array<char, 128> kAsciiLower = [] {
  std::array<char, 128> out{};
  for (int c = 'a'; c <= 'z'; ++c) out[static_cast<std::size_t>(c)] = static_cast<char>(c);
  for (int c = 'A'; c <= 'Z'; ++c) out[static_cast<std::size_t>(c)] = static_cast<char>(c - 'A' + 'a');
  return out;
}();

// ASCII, most of a Latin-script text, is read byte by byte from a table; ICU is asked only about
// the other characters (and the Vietnamese letters are found only once one of them is read).
Counts count(std::string_view text) {
  if (text.size() > kMaxBytes) {
    std::size_t end = kMaxBytes;
    while (end > 0 && is_utf8_continuation(static_cast<unsigned char>(text[end]))) --end;
    text = text.substr(0, end);
  }
  static const FunctionWords table;
  Counts counts;
  Word word;
  std::size_t i = 0;
  while (i < text.size()) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {
      ++i;
      if (const char lower = kAsciiLower[byte]) {
        ++counts.latin;
        if (word.size < kLongestWord) word.key |= WordKey{static_cast<unsigned char>(lower)} << (8 * word.size++);
        else word.size = kLongestWord + 1;
      } else if (word.size > 0) {
        count_word(word, table, counts);
      }
      continue;
    }
    count_letter(decode_utf8(text, i), word, table, counts);
  }
  count_word(word, table, counts);
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
