// `crosscheck discover`: candidate conflicts across texts with no rule file, and a starter rule
// file for them (SPEC §8).
#include "base/diagnostic.h"
#include "checks/runner.h"
#include "cli/command.h"
#include "cli/language_option.h"
#include "cli/rate_options.h"
#include "discover/conflict_json.h"
#include "discover/discover.h"
#include "discover/rule_writer.h"
#include "engine/amount_format.h"
#include "figures/extractor.h"
#include "report/atomic_file.h"
#include "report/snippet.h"
#include "text/language_detect.h"
#include "text/quote_finder.h"

#include <fmt/format.h>

#include <filesystem>
#include <ostream>
#include <set>

namespace crosscheck {

namespace {

// "… Japan has offered 286 million yen in official development assistance …" with the line's
// location, as the console report shows a mention.
void print_mention(const DiscoverSource& source, const Figure& figure, const Normalised& value,
                   std::ostream& out) {
  const Location at = source.file->location(figure.span.begin);
  out << fmt::format("   --> {}:{}:{}  ({})\n", source.file->path(), at.line, at.column, source.id);
  const std::string_view line = source.file->lines().line(at.line);
  const Snippet snippet = make_snippet(line, at.column, code_points(figure.text));
  out << fmt::format("       {}\n", snippet.text);
  out << fmt::format("       '{}' is {}\n", normalise_for_quotes(figure.text), describe_normalised(value));
}

class DiscoverCommand : public Command {
 public:
  void define(CLI::App& app) override {
    app.add_option("files", files_, "texts of one story (two or more)")->required();
    app.add_option("--write-rules", write_rules_, "write a rule file with a claim for each conflict");
    app.add_option("--as-of", as_of_,
                   "date to convert money at (YYYY-MM-DD; default: the newest date the two texts write)");
    add_language_option(app, language_);
    app.add_option("--limit", limit_, "most conflicts listed (default 20)")->check(CLI::Range(1, 10000));
    app.add_option("--min-confidence", min_confidence_,
                   "least confidence (0 to 1) of a pair listed (default 0.3)")
        ->check(CLI::Range(0.0, 1.0));
    app.add_option("--format", format_, "console (default) or json (schema crosscheck.conflicts/1)")
        ->check(CLI::IsMember({"console", "json"}));
    app.add_flag("--matrix", matrix_, "print one row per fact, one column per text: what each text says");
    rates_.define(app);
  }

  int run(Io& io) override {
    DiagnosticSink sink;
    RateTable rates = rates_.table(sink);
    DiscoverOptions options;
    options.limit = limit_;
    options.min_score = min_confidence_;
    if (!as_of_.empty()) {
      options.as_of = parse_iso_date(as_of_);
      if (!options.as_of || !options.as_of->complete())
        sink.error({"--as-of"}, "invalid date '{}'; expected YYYY-MM-DD", as_of_);
    }
    if (auto newest = rates.newest_built_in_date()) options.fallback = *newest;
    std::vector<std::unique_ptr<SourceFile>> files;
    for (const std::string& path : files_) files.push_back(load_source(path, sink));
    if (sink.has_errors()) {
      print_diagnostics(sink, io.err);
      return 2;
    }
    std::vector<DiscoverSource> sources;
    std::set<std::string> ids;
    for (const auto& file : files) {
      std::string id = snake_case_id(std::filesystem::path(file->path()).stem().string());
      std::string unique = id;
      for (int n = 2; !ids.insert(unique).second; ++n) unique = fmt::format("{}_{}", id, n);
      // Each text in its own language: a story is often told in several.
      ExtractOptions extract;
      extract.language = source_language(language_, file->plain()).tag;
      sources.push_back({unique, file.get(), extract_figures(file->plain(), extract),
                         date_in_name(file->path()), std::string(extract.language)});
    }
    Normaliser normaliser(make_converter(rates), "USD");
    const std::vector<Conflict> conflicts = find_conflicts(sources, normaliser, options);

    if (format_ == "json") {
      write_conflicts_json(sources, conflicts, io.out);
    } else if (matrix_) {
      write_matrix(sources, conflicts, io.out);
    } else {
      print_conflicts(sources, conflicts, io.out);
    }
    if (!write_rules_.empty()) {
      std::string error =
          write_file_atomically(write_rules_, starter_rules(sources, conflicts, write_rules_, options));
      if (!error.empty()) {
        io.err << "crosscheck: error: " << error << '\n';
        return 2;
      }
      if (format_ != "json")
        io.out << fmt::format("\nwrote {} (check it with: crosscheck lint {})\n", write_rules_, write_rules_);
    }
    return 0;
  }

 private:
  static void print_conflicts(const std::vector<DiscoverSource>& sources, const std::vector<Conflict>& conflicts,
                              std::ostream& out) {
    out << fmt::format("{} candidate conflict(s) among {} texts\n", conflicts.size(), sources.size());
    for (std::size_t k = 0; k < conflicts.size(); ++k) {
      const Conflict& c = conflicts[k];
      const Figure& a = sources[c.a.source].figures[c.a.figure];
      const Figure& b = sources[c.b.source].figures[c.b.figure];
      out << fmt::format("\n{}. '{}' vs '{}' (confidence {:.2f})\n", k + 1, normalise_for_quotes(a.text),
                         normalise_for_quotes(b.text), c.score);
      for (const Signal& signal : c.signals)
        out << fmt::format("   + {} ({:.2f}): {}\n", signal.name, signal.weight, signal.detail);
      print_mention(sources[c.a.source], a, c.a_value, out);
      print_mention(sources[c.b.source], b, c.b_value, out);
      out << fmt::format("   = ratio {}", format_number(c.delta.ratio, 4));
      if (a.kind == FigureKind::money && a.unit != b.unit)
        out << fmt::format(" (converted at the rate of {})", to_string(c.date));
      if (c.power_of_ten > 0)
        out << fmt::format(": a power of ten apart (×{}), the mark of a scale slip", format_number(pow10(c.power_of_ten)));
      if (c.beyond_precision) out << ": within the tolerance, but not within the precision either states";
      out << '\n';
    }
  }

  std::vector<std::string> files_;
  std::string format_ = "console";
  bool matrix_ = false;
  std::string write_rules_;
  std::string as_of_;
  std::string language_;
  std::size_t limit_ = 20;
  double min_confidence_ = DiscoverOptions{}.min_score;
  RateOptions rates_;
};

}  // namespace

std::unique_ptr<Command> make_discover_command() { return std::make_unique<DiscoverCommand>(); }

}  // namespace crosscheck
