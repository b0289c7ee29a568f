// The command line as a function: argv in, exit status out, so tests run it in-process.
#pragma once

#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace crosscheck {

class Command;

struct Io {
  std::istream& in;
  std::ostream& out;
  std::ostream& err;
  bool out_is_terminal = false;
};

// Exit status: 0 nothing failed at or above --fail-on; 1 something did; 2 usage or input error.
int run_app(const std::vector<std::string>& args, Io& io);

// The whole command line, defined once: run_app parses with it, and the man page and shell
// completions are generated from it, so neither can drift from what the program accepts.
struct AppDefinition {
  AppDefinition();
  ~AppDefinition();
  std::unique_ptr<CLI::App> app;
  std::vector<std::unique_ptr<Command>> commands;  // parallel to subcommands
  std::vector<CLI::App*> subcommands;
};
void define_app(AppDefinition& definition);

}  // namespace crosscheck
