// The man page and the bash and zsh completions, generated from the command line's own definition
// (define_app) at build time, so that they list exactly the commands and options the program takes.
#pragma once

#include <string>
#include <string_view>

namespace CLI {
class App;
}

namespace crosscheck {

// crosscheck(1) in roff (man(7) macros): every command with its arguments and options, as --help
// describes them.
std::string man_page(const CLI::App& app, std::string_view version, std::string_view date);

// A bash completion script (`complete -F`), for /usr/share/bash-completion/completions/crosscheck.
std::string bash_completion(const CLI::App& app);

// A zsh completion function (#compdef), for /usr/share/zsh/vendor-completions/_crosscheck.
std::string zsh_completion(const CLI::App& app);

}  // namespace crosscheck
