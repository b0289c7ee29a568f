// A subcommand of the command line: declares its options, then runs with what was parsed.
#pragma once

#include "cli/app.h"

#include <CLI/CLI.hpp>

#include <memory>
#include <span>
#include <string_view>

namespace crosscheck {

class Command {
 public:
  virtual ~Command() = default;
  virtual void define(CLI::App& app) = 0;
  virtual int run(Io& io) = 0;
};

struct CommandEntry {
  std::string_view name;
  std::string_view summary;
  std::unique_ptr<Command> (*make)();
};

// Every subcommand, in the order --help lists them.
std::span<const CommandEntry> commands();

// The commands, each in its own file.
std::unique_ptr<Command> make_check_command();
std::unique_ptr<Command> make_lint_command();
std::unique_ptr<Command> make_extract_command();
std::unique_ptr<Command> make_convert_command();
std::unique_ptr<Command> make_discover_command();
std::unique_ptr<Command> make_verify_command();
std::unique_ptr<Command> make_lsp_command();

// Prints every diagnostic of `sink` to `err`, one per line.
void print_diagnostics(const class DiagnosticSink& sink, std::ostream& err);

}  // namespace crosscheck
