// Texts of one story as discover's sources.
#include "discover/discover.h"
#include "discover/rule_writer.h"
#include "figures/extractor.h"
#include "text/language_detect.h"

#include <fmt/format.h>

#include <filesystem>
#include <set>

namespace crosscheck {

std::vector<DiscoverSource> make_sources(const std::vector<std::unique_ptr<SourceFile>>& files,
                                         std::string_view language) {
  std::vector<DiscoverSource> sources;
  std::set<std::string> ids;
  for (const auto& file : files) {
    std::string id = snake_case_id(std::filesystem::path(file->path()).stem().string());
    std::string unique = id;
    for (int n = 2; !ids.insert(unique).second; ++n) unique = fmt::format("{}_{}", id, n);
    // Each text in its own language: a story is often told in several.
    ExtractOptions extract;
    extract.language = source_language(language, file->plain()).tag;
    sources.push_back({unique, file.get(), extract_figures(file->plain(), extract), date_in_name(file->path()),
                       std::string(extract.language)});
  }
  return sources;
}

}  // namespace crosscheck
