#include "cli/app.h"

#include <CLI/CLI.hpp>

#include <ostream>

#ifndef CROSSCHECK_VERSION
#define CROSSCHECK_VERSION "0.0.0"
#endif

namespace crosscheck {

int run_app(const std::vector<std::string>& args, Io& io) {
  CLI::App app{"crosscheck: finds figures that do not add up across the documents of a story",
               "crosscheck"};
  app.set_version_flag("--version", "crosscheck " CROSSCHECK_VERSION);
  app.require_subcommand(0, 1);
  std::vector<std::string> argv(args.rbegin(), args.rend() - 1);  // CLI11 wants them reversed
  try {
    app.parse(argv);
  } catch (const CLI::CallForHelp&) {
    io.out << app.help();
    return 0;
  } catch (const CLI::CallForVersion& version) {
    io.out << version.what() << "\n";
    return 0;
  } catch (const CLI::ParseError& error) {
    io.err << "crosscheck: error: " << error.what() << "\n";
    return 2;
  }
  io.out << app.help();
  return 0;
}

}  // namespace crosscheck
