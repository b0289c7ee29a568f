// `crosscheck lsp`: a language server for rule files (LSP 3.17 over stdin and stdout).
#include "cli/command.h"
#include "lsp/serve.h"

#include <iostream>

#ifndef CROSSCHECK_VERSION
#define CROSSCHECK_VERSION "0.0.0"
#endif

namespace crosscheck {

namespace {

class LspCommand : public Command {
 public:
  void define(CLI::App& app) override {
    // Editors start language servers with this flag; stdio is the only transport.
    app.add_flag("--stdio", stdio_, "talk over stdin and stdout (the default and only transport)");
    app.add_option("--debounce", debounce_ms_, "milliseconds of quiet after an edit before checking again")
        ->check(CLI::Range(0, 60000));
  }

  int run(Io& io) override {
    lsp::ServeOptions options;
    options.version = CROSSCHECK_VERSION;
    options.quiet = std::chrono::milliseconds(debounce_ms_);
    // The real standard input is polled, so that a pause in typing can be noticed; any other
    // stream (tests) is read as it comes.
    if (&io.in == &std::cin) return lsp::serve_fd(0, io.out, options);
    return lsp::serve_stream(io.in, io.out, options);
  }

 private:
  bool stdio_ = false;
  int debounce_ms_ = 200;
};

}  // namespace

std::unique_ptr<Command> make_lsp_command() { return std::make_unique<LspCommand>(); }

}  // namespace crosscheck
