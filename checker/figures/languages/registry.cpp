// The one table of languages with tables of their own.
#include "figures/languages/builders.h"
#include "figures/languages/language.h"

#include <array>

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

const std::array<const LanguageTables*, std::size(kLanguages)>& tables() {
  static const auto built = [] {
    static std::array<LanguageTables, std::size(kLanguages)> storage;
    std::array<const LanguageTables*, std::size(kLanguages)> pointers{};
    for (std::size_t i = 0; i < std::size(kLanguages); ++i) {
      storage[i] = kLanguages[i].build();
      storage[i].tag = std::string(kLanguages[i].tag);
      pointers[i] = &storage[i];
    }
    return pointers;
  }();
  return built;
}

}  // namespace

const LanguageTables* language_tables(std::string_view tag) {
  const std::string_view primary = tag.substr(0, tag.find_first_of("-_"));
  for (std::size_t i = 0; i < std::size(kLanguages); ++i)
    if (kLanguages[i].tag == primary) return tables()[i];
  return nullptr;
}

std::span<const LanguageTables* const> all_language_tables() { return tables(); }

}  // namespace crosscheck::figures
