// The --language option that extract, discover, check and lint share: the language of sources
// that do not give one (else it is detected from each text).
#pragma once

#include <CLI/CLI.hpp>

#include <string>

namespace crosscheck {

void add_language_option(CLI::App& app, std::string& language);

}  // namespace crosscheck
