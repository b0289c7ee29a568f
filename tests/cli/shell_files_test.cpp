// The man page and completions are generated from the same CLI11 table run_app parses with: every
// command and option --help lists must be in each of them, and the bash completion must complete
// as a shell runs it.
#include "cli/app.h"
#include "cli/command.h"
#include "cli/shell_files.h"

#include <CLI/CLI.hpp>
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>

namespace crosscheck {
namespace {

class ShellFiles : public ::testing::Test {
 protected:
  void SetUp() override { define_app(definition_); }
  const CLI::App& app() const { return *definition_.app; }
  AppDefinition definition_;
};

// Every long option of every command, as --help lists them.
std::vector<std::pair<std::string, std::string>> all_long_options(const CLI::App& app) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; }))
    for (const CLI::Option* opt : sub->get_options())
      for (const std::string& l : opt->get_lnames()) out.emplace_back(sub->get_name(), "--" + l);
  return out;
}

TEST_F(ShellFiles, ManPageNamesEveryCommandAndOption) {
  std::string page = man_page(app(), "9.9.9", "");
  EXPECT_NE(page.find(".TH CROSSCHECK 1 \"\" \"crosscheck 9.9.9\""), std::string::npos);
  for (const CLI::App* sub : app().get_subcommands([](const CLI::App*) { return true; })) {
    EXPECT_NE(page.find(".SS " + sub->get_name() + "\n"), std::string::npos) << sub->get_name();
    EXPECT_NE(page.find(sub->get_description()), std::string::npos);
  }
  for (const auto& [command, option] : all_long_options(app())) {
    std::string roff_name;
    for (char c : option) roff_name += c == '-' ? std::string("\\-") : std::string(1, c);
    EXPECT_NE(page.find("\\fB" + roff_name + "\\fR"), std::string::npos) << command << ' ' << option;
  }
  EXPECT_NE(page.find("Exit status"), std::string::npos);
}

TEST_F(ShellFiles, ManPageEscapesRoff) {
  CLI::App tiny("tiny: a test", "tiny");
  CLI::App* sub = tiny.add_subcommand("go", ".starts with a dot");
  std::string value;
  sub->add_option("--path", value, "a back\\slash");
  std::string page = man_page(tiny, "1", "");
  EXPECT_NE(page.find("\\&.starts with a dot"), std::string::npos);
  EXPECT_NE(page.find("a back\\eslash"), std::string::npos);
}

TEST_F(ShellFiles, CompletionsOfferEveryCommandOptionAndChoice) {
  std::string bash = bash_completion(app());
  std::string zsh = zsh_completion(app());
  for (const auto& [command, option] : all_long_options(app())) {
    EXPECT_NE(bash.find(' ' + option), std::string::npos) << command << ' ' << option;
    EXPECT_NE(zsh.find(option + '['), std::string::npos) << command << ' ' << option;
  }
  // Choices come from the options' own validators.
  EXPECT_NE(bash.find("compgen -W 'error warning info never'"), std::string::npos);
  EXPECT_NE(zsh.find(":(error warning info never)'"), std::string::npos);
  EXPECT_NE(bash.find("'console json sarif junit markdown github html'"), std::string::npos);
  EXPECT_EQ(zsh.rfind("#compdef crosscheck\n", 0), 0u);
  EXPECT_NE(bash.find("complete -o filenames -F _crosscheck crosscheck"), std::string::npos);
}

// Both scripts are valid shell: parsed by bash, and by zsh where it is installed.
TEST_F(ShellFiles, CompletionsParse) {
  std::filesystem::path dir = std::filesystem::temp_directory_path() / "crosscheck-shell-files-parse";
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "crosscheck.bash") << bash_completion(app());
  std::ofstream(dir / "_crosscheck") << zsh_completion(app());
  EXPECT_EQ(std::system(("bash -n " + (dir / "crosscheck.bash").string()).c_str()), 0);
  if (std::system("command -v zsh >/dev/null 2>&1") == 0) {
    EXPECT_EQ(std::system(("zsh -n " + (dir / "_crosscheck").string()).c_str()), 0);
  }
  std::filesystem::remove_all(dir);
}

// Runs the bash completion as bash does on TAB, for the words typed so far; what it offers.
std::string complete_in_bash(const std::filesystem::path& script, const std::string& line) {
  std::string command = "bash -c 'source \"$0\"; COMP_WORDS=(" + line +
                        "); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); _crosscheck; echo \"${COMPREPLY[*]}\"' " +
                        script.string();
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
  std::string out;
  std::array<char, 256> buffer{};
  while (pipe && fgets(buffer.data(), buffer.size(), pipe.get())) out += buffer.data();
  if (!out.empty() && out.back() == '\n') out.pop_back();
  return out;
}

TEST_F(ShellFiles, BashCompletesAsTheShellRunsIt) {
  std::filesystem::path dir = std::filesystem::temp_directory_path() / "crosscheck-shell-files-test";
  std::filesystem::create_directories(dir);
  std::filesystem::path script = dir / "crosscheck.bash";
  std::ofstream(script) << bash_completion(app());
  EXPECT_EQ(complete_in_bash(script, "crosscheck \"\""), "check lint extract discover verify convert lsp -h --help --version");
  EXPECT_EQ(complete_in_bash(script, "crosscheck ch"), "check");
  EXPECT_EQ(complete_in_bash(script, "crosscheck check --fail-on w"), "warning");
  EXPECT_EQ(complete_in_bash(script, "crosscheck check --report j"), "json junit");
  EXPECT_EQ(complete_in_bash(script, "crosscheck check rules --fa"), "--fail-on");
  EXPECT_EQ(complete_in_bash(script, "crosscheck extract --format j"), "json jsonl");
  EXPECT_EQ(complete_in_bash(script, "crosscheck check --jobs \"\""), "");
  // A rule path: file names (run from the source tree).
  EXPECT_EQ(complete_in_bash(script, "crosscheck lint rules/vietnam-japan-2015.y"), "rules/vietnam-japan-2015.yaml");
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace crosscheck
