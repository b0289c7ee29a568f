#include "cli/language_option.h"

#include "text/language_detect.h"

namespace crosscheck {

void add_language_option(CLI::App& app, std::string& language) {
  app.add_option("--language", language,
                 "language of sources that do not give one (en, ja, vi, de, fr, ...; default: detected "
                 "from each text)")
      ->check(CLI::Validator(
          [](std::string& value) -> std::string {
            return is_language_tag(value) ? "" : "expected a language tag such as en, vi or ja";
          },
          "LANG"));
}

}  // namespace crosscheck
