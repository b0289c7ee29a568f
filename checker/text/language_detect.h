// The language of a source whose language is not given: told from its script, its letters and its
// commonest words, with one table of the languages it knows.
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace crosscheck {

// How a language is recognised when a text does not say.
enum class LanguageSign {
  script,   // by its own script (kana and kanji, Hangul): nothing else writes it
  letters,  // by letters that no other Latin-script language of the table uses (Vietnamese ơ ư ệ)
  words,    // by its function words (der, die, und; le, les, est)
};

struct LanguageEntry {
  std::string_view tag;   // BCP 47, as `language:` takes it
  std::string_view name;  // English name, for messages
  LanguageSign sign;
  // Function words: frequent in the language and (almost) never words of the other languages of
  // the table, lower case. Latin-script languages only.
  std::span<const std::string_view> words;
};

// BCP 47 in the small: "en", "vi", "ja", "en-GB", "zh-Hant".
bool is_language_tag(std::string_view text);

// Every language detection knows, in one table (Japanese, Chinese, Korean, Vietnamese, then the
// Latin-script languages told apart by their words).
std::span<const LanguageEntry> detectable_languages();
const LanguageEntry* find_language(std::string_view tag);

// The language `text` (valid UTF-8, NFC) is written in, as a tag of the table; "en" when nothing
// tells (a text of digits only). Reads at most the first MiB.
//  - kana and kanji, each weighed as two Latin letters, outweigh the other letters → "ja" (kanji
//    with no kana in a long text → "zh"); Hangul syllables likewise → "ko";
//  - else letters only Vietnamese uses make up 3% of the Latin letters → "vi";
//  - else the Latin-script language with most function words (at least two), "en" on a tie.
std::string detect_language(std::string_view text);
// How much of a text detection reads: the first MiB (cut back to a character's start).
inline constexpr std::size_t kDetectionBytes = std::size_t{1} << 20;

// The language a source is read in: the one given (rule file or --language), else detected.
struct SourceLanguage {
  std::string tag;
  bool detected = false;
};
SourceLanguage source_language(std::string_view given, std::string_view text);

}  // namespace crosscheck
