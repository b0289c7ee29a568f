// Writes the man page and the shell completions, generated from the command line's definition,
// into a folder: run at build time, installed by `cmake --install`.
#include "cli/app.h"
#include "cli/command.h"
#include "cli/shell_files.h"

#include <CLI/CLI.hpp>

#include <filesystem>
#include <fstream>
#include <iostream>

#ifndef CROSSCHECK_VERSION
#define CROSSCHECK_VERSION "0.0.0"
#endif

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: crosscheck-shell-files OUTPUT_DIR\n";
    return 2;
  }
  std::filesystem::path dir = argv[1];
  std::filesystem::create_directories(dir);
  crosscheck::AppDefinition definition;
  crosscheck::define_app(definition);
  const CLI::App& app = *definition.app;
  // No date: the page is the same whenever it is built.
  const std::pair<const char*, std::string> files[] = {
      {"crosscheck.1", crosscheck::man_page(app, CROSSCHECK_VERSION, "")},
      {"crosscheck.bash", crosscheck::bash_completion(app)},
      {"_crosscheck", crosscheck::zsh_completion(app)},
  };
  for (const auto& [name, text] : files) {
    std::ofstream out(dir / name, std::ios::binary);
    out << text;
    if (!out) {
      std::cerr << "crosscheck-shell-files: cannot write " << (dir / name).string() << '\n';
      return 1;
    }
  }
  return 0;
}
