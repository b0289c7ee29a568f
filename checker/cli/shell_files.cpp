#include "cli/shell_files.h"

#include <CLI/CLI.hpp>

#include <sstream>
#include <vector>

namespace crosscheck {

namespace {

// What the generators need of one option, read from CLI11's table.
struct OptionInfo {
  std::vector<std::string> names;    // "-h", "--help"; a positional's own name
  std::string description;
  std::string value_name;            // as --help shows it ("TEXT", "{a,b}[=FILE]"); empty for a flag
  std::vector<std::string> choices;  // from "{a,b,c}" in the type name
  bool positional = false;
  bool repeatable = false;
  bool required = false;
};

// CLI11 writes a set of allowed values into the type name as "{a,b,c}" (IsMember, or our own).
std::vector<std::string> choices_of(const std::string& type_name) {
  std::vector<std::string> out;
  std::size_t open = type_name.find('{');
  std::size_t close = type_name.find('}', open);
  if (open == std::string::npos || close == std::string::npos) return out;
  std::stringstream list(type_name.substr(open + 1, close - open - 1));
  for (std::string item; std::getline(list, item, ',');)
    if (!item.empty()) out.push_back(item);
  return out;
}

// A text value may be a file name (a number may not): complete it as one.
bool takes_path(const OptionInfo& o) { return o.value_name.rfind("TEXT", 0) == 0 || o.positional; }

std::vector<OptionInfo> options_of(const CLI::App& app) {
  std::vector<OptionInfo> out;
  for (const CLI::Option* opt : app.get_options()) {
    OptionInfo info;
    info.positional = opt->get_positional() && opt->get_lnames().empty() && opt->get_snames().empty();
    if (info.positional) {
      info.names.push_back(opt->get_name());
    } else {
      for (const std::string& s : opt->get_snames()) info.names.push_back("-" + s);
      for (const std::string& l : opt->get_lnames()) info.names.push_back("--" + l);
    }
    info.description = opt->get_description();
    if (opt->get_type_size_max() > 0) {
      info.value_name = opt->get_type_name();
      info.choices = choices_of(info.value_name);
    }
    info.repeatable = opt->get_expected_max() > 1 || opt->get_multi_option_policy() == CLI::MultiOptionPolicy::TakeAll;
    info.required = opt->get_required();
    out.push_back(std::move(info));
  }
  return out;
}

std::vector<const CLI::App*> subcommands_of(const CLI::App& app) {
  return app.get_subcommands([](const CLI::App*) { return true; });
}

std::string join(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : std::string(separator)) + item;
  return out;
}

// roff: a backslash is \e, a hyphen in an option name \-, and a line may not open with '.' or '\''.
std::string roff(std::string_view text, bool hyphens = false) {
  std::string out;
  for (char c : text) {
    if (c == '\\') out += "\\e";
    else if (c == '-' && hyphens) out += "\\-";
    else out += c;
  }
  return out;
}

std::string roff_line(std::string_view text) {
  std::string line = roff(text);
  if (!line.empty() && (line[0] == '.' || line[0] == '\'')) line.insert(0, "\\&");
  return line;
}

void man_options(std::ostringstream& out, const CLI::App& app) {
  for (const OptionInfo& o : options_of(app)) {
    out << ".TP\n";
    if (o.positional) {
      out << "\\fI" << roff(o.names[0]) << "\\fR" << (o.repeatable ? " ..." : "") << "\n";
    } else {
      std::vector<std::string> names;
      for (const std::string& n : o.names) names.push_back("\\fB" + roff(n, true) + "\\fR");
      out << join(names, ", ");
      if (!o.value_name.empty()) out << " \\fI" << roff(o.value_name, true) << "\\fR";
      out << "\n";
    }
    bool says_so = o.description.find("repeatable") != std::string::npos;
    out << roff_line(o.description) << (o.repeatable && !o.positional && !says_so ? " (repeatable)" : "") << "\n";
  }
}

// Inside single quotes; `colons` for _describe's "name:description", where a colon separates.
std::string zsh_escape(std::string_view text, bool colons = false) {
  std::string out;
  for (char c : text) {
    if (c == '\'') out += "'\\''";
    else if (c == '[' || c == ']' || (colons && c == ':')) out += std::string("\\") + c;
    else out += c;
  }
  return out;
}

}  // namespace

std::string man_page(const CLI::App& app, std::string_view version, std::string_view date) {
  std::ostringstream out;
  std::string name = app.get_name();
  std::string summary = app.get_description();
  if (std::size_t colon = summary.find(": "); colon != std::string::npos) summary = summary.substr(colon + 2);
  out << ".\\\" Generated from the command line's own definition; do not edit.\n";
  out << ".TH " << "CROSSCHECK 1 \"" << date << "\" \"" << name << ' ' << version << "\" \"User Commands\"\n";
  out << ".SH NAME\n" << name << " \\- " << roff(summary) << "\n";
  out << ".SH SYNOPSIS\n";
  for (const CLI::App* sub : subcommands_of(app)) {
    out << ".B " << name << ' ' << sub->get_name() << "\n[\\fIOPTIONS\\fR]";
    for (const OptionInfo& o : options_of(*sub))
      if (o.positional)
        out << ' ' << (o.required ? "" : "[") << "\\fI" << roff(o.names[0]) << "\\fR"
            << (o.repeatable ? " ..." : "") << (o.required ? "" : "]");
    out << "\n.br\n";
  }
  out << ".B " << name << "\n\\fB\\-\\-version\\fR | \\fB\\-\\-help\\fR | \\fICOMMAND\\fR \\fB\\-\\-help\\fR\n";
  out << ".SH DESCRIPTION\n" << roff_line(summary) << ".\n";
  out << ".SH OPTIONS\n";
  man_options(out, app);
  out << ".SH COMMANDS\n";
  for (const CLI::App* sub : subcommands_of(app)) {
    out << ".SS " << sub->get_name() << "\n" << roff_line(sub->get_description()) << ".\n";
    man_options(out, *sub);
  }
  std::string footer = app.get_footer();
  if (!footer.empty()) {
    out << ".SH NOTES\n";
    std::istringstream lines(footer);
    for (std::string line; std::getline(lines, line);)
      if (!line.empty()) out << roff_line(line) << "\n";
  }
  return out.str();
}

std::string bash_completion(const CLI::App& app) {
  std::ostringstream out;
  std::string name = app.get_name();
  std::string fn = "_" + name;
  std::vector<std::string> commands;
  for (const CLI::App* sub : subcommands_of(app)) commands.push_back(sub->get_name());
  std::vector<std::string> top;
  for (const OptionInfo& o : options_of(app))
    for (const std::string& n : o.names) top.push_back(n);
  out << "# bash completion for " << name << ": generated from its command line; do not edit.\n";
  out << fn << "() {\n";
  out << "  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} command= i\n";
  out << "  for ((i = 1; i < COMP_CWORD; i++)); do\n";
  out << "    case ${COMP_WORDS[i]} in\n";
  out << "      " << join(commands, "|") << ") command=${COMP_WORDS[i]}; break ;;\n";
  out << "    esac\n  done\n";
  out << "  case $command in\n";
  out << "    '')\n";
  out << "      COMPREPLY=($(compgen -W '" << join(commands, " ") << ' ' << join(top, " ")
      << "' -- \"$cur\"))\n      return ;;\n";
  for (const CLI::App* sub : subcommands_of(app)) {
    std::vector<OptionInfo> options = options_of(*sub);
    std::vector<std::string> flags;
    out << "    " << sub->get_name() << ")\n      case $prev in\n";
    for (const OptionInfo& o : options) {
      if (o.positional) continue;
      for (const std::string& n : o.names) flags.push_back(n);
      if (o.value_name.empty()) continue;
      out << "        " << join(o.names, "|") << ")\n";
      if (!o.choices.empty())
        out << "          COMPREPLY=($(compgen -W '" << join(o.choices, " ") << "' -- \"$cur\"))\n";
      else if (takes_path(o))
        out << "          COMPREPLY=($(compgen -f -- \"$cur\"))\n";
      else
        out << "          COMPREPLY=()\n";
      out << "          return ;;\n";
    }
    out << "      esac\n";
    out << "      if [[ $cur == -* ]]; then\n";
    out << "        COMPREPLY=($(compgen -W '" << join(flags, " ") << "' -- \"$cur\"))\n";
    out << "      else\n        COMPREPLY=($(compgen -f -- \"$cur\"))\n      fi ;;\n";
  }
  out << "  esac\n}\n";
  out << "complete -o filenames -F " << fn << ' ' << name << "\n";
  return out.str();
}

std::string zsh_completion(const CLI::App& app) {
  std::ostringstream out;
  std::string name = app.get_name();
  auto specs = [](const CLI::App& a) {
    std::vector<std::string> lines;
    for (const OptionInfo& o : options_of(a)) {
      std::string description = zsh_escape(o.description);
      std::string action = !o.choices.empty() ? "(" + join(o.choices, " ") + ")" : takes_path(o) ? "_files" : " ";
      // A positional: '*:name:action' for the rest, ':name:action' (or '::' when optional) for one.
      if (o.positional) {
        lines.push_back(std::string(o.repeatable ? "'*" : o.required ? "'" : "':") + ":" + o.names[0] + ":" +
                        action + "'");
        continue;
      }
      std::string message = o.names.back().substr(o.names.back().find_first_not_of('-'));
      for (const std::string& n : o.names) {
        std::string spec = "'" + std::string(o.repeatable ? "*" : "") + n + "[" + description + "]";
        if (!o.value_name.empty()) spec += ":" + message + ":" + action;
        lines.push_back(spec + "'");
      }
    }
    return lines;
  };
  out << "#compdef " << name << "\n";
  out << "# zsh completion for " << name << ": generated from its command line; do not edit.\n";
  out << "_" << name << "() {\n  local curcontext=$curcontext state line\n  local -a commands\n";
  out << "  commands=(\n";
  for (const CLI::App* sub : subcommands_of(app))
    out << "    '" << sub->get_name() << ":" << zsh_escape(sub->get_description(), true) << "'\n";
  out << "  )\n";
  out << "  _arguments -C \\\n";
  for (const std::string& spec : specs(app)) out << "    " << spec << " \\\n";
  out << "    '1: :->command' \\\n    '*:: :->arguments'\n";
  out << "  case $state in\n";
  out << "    command) _describe -t commands '" << name << " command' commands ;;\n";
  out << "    arguments)\n      case $words[1] in\n";
  for (const CLI::App* sub : subcommands_of(app)) {
    out << "        " << sub->get_name() << ")\n          _arguments \\\n";
    std::vector<std::string> lines = specs(*sub);
    for (std::size_t i = 0; i < lines.size(); ++i)
      out << "            " << lines[i] << (i + 1 < lines.size() ? " \\\n" : " ;;\n");
  }
  out << "      esac ;;\n  esac\n}\n";
  out << "_" << name << " \"$@\"\n";
  return out.str();
}

}  // namespace crosscheck
