// `crosscheck discover`: candidate conflicts across texts with no rule file, and a starter rule
// file for them (SPEC §8).
#include "base/diagnostic.h"
#include "checks/runner.h"
#include "cli/command.h"
#include "cli/pairing_options.h"
#include "discover/conflict_json.h"
#include "discover/conflict_report.h"
#include "discover/rule_writer.h"
#include "engine/amount_format.h"
#include "report/atomic_file.h"
#include "report/snippet.h"
#include "report/writers.h"
#include "text/quote_finder.h"

#include <fmt/format.h>

#include <ostream>
#include <sstream>

#ifndef CROSSCHECK_VERSION
#define CROSSCHECK_VERSION "0.0.0"
#endif

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
    app.add_option("--limit", limit_, "most conflicts listed (default 20)")->check(CLI::Range(1, 10000));
    app.add_option("--format", format_, "console (default) or json (schema crosscheck.conflicts/1)")
        ->check(CLI::IsMember({"console", "json"}));
    app.add_flag("--matrix", matrix_, "print one row per fact, one column per text: what each text says");
    app.add_option("--report", report_, "html=FILE: the conflicts and the matrix as one self-contained page");
    pairing_.define(app);
  }

  int run(Io& io) override {
    if (!report_.empty() && (!report_.starts_with("html=") || report_.size() == 5)) {
      io.err << "crosscheck: error: --report " << report_ << ": expected html=FILE\n";
      return 2;
    }
    DiagnosticSink sink;
    RateTable rates = pairing_.rates(sink);
    DiscoverOptions options = pairing_.options(rates, sink);
    options.limit = limit_;
    const std::vector<DiscoverSource> sources = pairing_.read(files_, sink);
    if (sink.has_errors()) {
      print_diagnostics(sink, io.err);
      return 2;
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
    if (!report_.empty()) {
      // check's HTML report over the conflicts as findings, with the matrix beside them.
      std::ostringstream html;
      WriterOptions writer;
      writer.tool_version = CROSSCHECK_VERSION;
      write_html(conflicts_report(sources, conflicts, {normaliser, options.tolerance}), writer, html);
      if (std::string error = write_file_atomically(report_.substr(5), html.str()); !error.empty()) {
        io.err << "crosscheck: error: " << error << '\n';
        return 2;
      }
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
      if (c.a_value.unit == "date") {
        // Days have no ratio: how far apart the days are says it.
        const Number apart = std::max(c.a_value.interval.low, c.b_value.interval.low) -
                             std::min(c.a_value.interval.high, c.b_value.interval.high);
        out << fmt::format("   = {} {} apart\n", format_number(apart), apart == 1 ? "day" : "days");
        continue;
      }
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
  std::string report_;
  std::size_t limit_ = 20;
  PairingOptions pairing_;
};

}  // namespace

std::unique_ptr<Command> make_discover_command() { return std::make_unique<DiscoverCommand>(); }

}  // namespace crosscheck
