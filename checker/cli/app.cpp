#include "cli/app.h"

#include "base/diagnostic.h"
#include "cli/command.h"

#include <array>
#include <ostream>

#ifndef CROSSCHECK_VERSION
#define CROSSCHECK_VERSION "0.0.0"
#endif

namespace crosscheck {

namespace {
constexpr std::array<CommandEntry, 7> kCommands{{
    {"check", "evaluate rule files: every claim's mentions and every expect check", make_check_command},
    {"lint", "load and validate rule files and resolve every quote, without evaluating", make_lint_command},
    {"extract", "list every figure found in texts", make_extract_command},
    {"discover", "propose conflicting figures across texts, with no rule file", make_discover_command},
    {"verify", "verify every figure of a draft against its sources: supported, contradicted or unsupported",
     make_verify_command},
    {"convert", "convert an amount of money at a dated exchange rate", make_convert_command},
    {"lsp", "a language server for rule files (LSP over stdin and stdout), for editors", make_lsp_command},
}};
}  // namespace

std::span<const CommandEntry> commands() { return kCommands; }

void print_diagnostics(const DiagnosticSink& sink, std::ostream& err) {
  for (const Diagnostic& d : sink.diagnostics()) err << to_string(d) << '\n';
}

AppDefinition::AppDefinition() = default;
AppDefinition::~AppDefinition() = default;

void define_app(AppDefinition& d) {
  d.app = std::make_unique<CLI::App>(
      "crosscheck: finds figures that do not add up across the documents of a story", "crosscheck");
  CLI::App& app = *d.app;
  app.set_version_flag("--version", "crosscheck " CROSSCHECK_VERSION);
  app.require_subcommand(0, 1);
  app.footer(
      "Exit status: 0 when nothing at or above --fail-on failed; 1 when something did; 2 on a usage,\n"
      "rule-file or input error (the message on stderr as file:line:column: error: ...).\n"
      "Run 'crosscheck COMMAND --help' for a command's options.");
  for (const CommandEntry& entry : kCommands) {
    CLI::App* sub = app.add_subcommand(std::string(entry.name), std::string(entry.summary));
    d.commands.push_back(entry.make());
    d.commands.back()->define(*sub);
    d.subcommands.push_back(sub);
  }
}

int run_app(const std::vector<std::string>& args, Io& io) {
  AppDefinition d;
  define_app(d);
  CLI::App& app = *d.app;
  std::vector<std::unique_ptr<Command>>& instances = d.commands;
  std::vector<CLI::App*>& subcommands = d.subcommands;
  std::vector<std::string> argv(args.rbegin(), args.rend() - 1);  // CLI11 wants them reversed
  try {
    app.parse(argv);
  } catch (const CLI::CallForHelp&) {
    io.out << app.help();  // the help of the subcommand given, if any
    return 0;
  } catch (const CLI::CallForVersion& version) {
    io.out << version.what() << "\n";
    return 0;
  } catch (const CLI::ParseError& error) {
    io.err << "crosscheck: error: " << error.what() << "\n";
    io.err << "Run 'crosscheck --help' for usage.\n";
    return 2;
  }
  for (std::size_t i = 0; i < subcommands.size(); ++i)
    if (subcommands[i]->parsed()) return instances[i]->run(io);
  io.out << app.help();
  return 0;
}

}  // namespace crosscheck
