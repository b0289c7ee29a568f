// The one table of languages with tables of their own.
#include "figures/languages/builders.h"
#include "figures/languages/language.h"

#include <array>
#include <mutex>

namespace crosscheck::figures {
namespace {

struct Entry {
  std::string_view tag;
  LanguageTables (*build)();
};

// English is read by the shared tables (number_words.h, currencies.h...); the others add theirs.
constexpr Entry kLanguages[] = {
    {"en", build_english}, {"de", build_german}, {"fr", build_french},
    {"vi", build_vietnamese}, {"ja", build_japanese},
};

// Each language's tables are built the first time that language is asked for (its CLDR names
// through ICU cost far more than reading a news text): a process that reads English never builds
// the others. Safe from any thread.
const LanguageTables* tables_at(std::size_t i) {
  static std::array<LanguageTables, std::size(kLanguages)> storage;
  static std::array<std::once_flag, std::size(kLanguages)> once;
  std::call_once(once[i], [i] {
    storage[i] = kLanguages[i].build();
    storage[i].tag = std::string(kLanguages[i].tag);
  });
  return &storage[i];
}

}  // namespace

const LanguageTables* language_tables(std::string_view tag) {
  const std::string_view primary = tag.substr(0, tag.find_first_of("-_"));
  for (std::size_t i = 0; i < std::size(kLanguages); ++i)
    if (kLanguages[i].tag == primary) return tables_at(i);
  return nullptr;
}

std::span<const LanguageTables* const> all_language_tables() {
  static const auto all = [] {
    std::array<const LanguageTables*, std::size(kLanguages)> pointers{};
    for (std::size_t i = 0; i < std::size(kLanguages); ++i) pointers[i] = tables_at(i);
    return pointers;
  }();
  return all;
}

}  // namespace crosscheck::figures
