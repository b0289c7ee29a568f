// `crosscheck extract`: every figure found in texts, as a table, JSON or JSON lines.
#include "base/diagnostic.h"
#include "cli/command.h"
#include "cli/language_option.h"
#include "figures/extractor.h"
#include "report/figure_json.h"
#include "report/json_out.h"
#include "text/language_detect.h"
#include "text/source_file.h"

#include <fmt/format.h>

#include <iterator>
#include <ostream>
#include <sstream>

namespace crosscheck {

namespace {

// A figure's fields, and its parenthetical partner's index in the same list.
void write_extracted(JsonOut& json, const Figure& f, const SourceFile& source) {
  write_figure_fields(json, f, source);
  if (f.pair) json.key("pair").integer(static_cast<long long>(*f.pair));
}

class ExtractCommand : public Command {
 public:
  void define(CLI::App& app) override {
    app.add_option("files", files_, "texts to read ('-' for standard input)")->required();
    app.add_option("--format", format_, "table, json or jsonl")
        ->check(CLI::IsMember({"table", "json", "jsonl"}));
    add_language_option(app, language_);
    app.add_flag("--verbose", verbose_, "say on standard error which language each text is read in");
    app.add_option("--date", date_, "date of the texts (YYYY-MM-DD): the year of dates without one");
  }

  int run(Io& io) override {
    DiagnosticSink sink;
    ExtractOptions options;
    if (!date_.empty()) {
      options.document_date = parse_iso_date(date_);
      if (!options.document_date) sink.error({"--date"}, "invalid date '{}'; expected YYYY-MM-DD", date_);
    }
    std::vector<std::unique_ptr<SourceFile>> sources;
    for (const std::string& file : files_) {
      if (file == "-") {
        std::string bytes(std::istreambuf_iterator<char>(io.in), {});
        sources.push_back(make_source("<stdin>", std::move(bytes), SourceFormat::text, sink));
      } else {
        sources.push_back(load_source(file, sink));
      }
    }
    if (sink.has_errors()) {
      print_diagnostics(sink, io.err);
      return 2;
    }
    // Each text in its own language: given, else detected from it.
    std::vector<SourceLanguage> languages;
    for (const auto& source : sources) {
      languages.push_back(source_language(language_, source->plain()));
      if (verbose_)
        io.err << fmt::format("{}: read as {} ({})\n", source->path(), languages.back().tag,
                              languages.back().detected ? "detected" : "given");
    }
    const auto figures_of = [&](std::size_t i) {
      ExtractOptions own = options;
      own.language = languages[i].tag;
      return extract_figures(sources[i]->plain(), own);
    };
    if (format_ == "json") {
      JsonOut json(io.out);
      json.begin_object();
      json.key("schema").string("crosscheck.figures/1");
      json.key("files").begin_array();
      for (std::size_t i = 0; i < sources.size(); ++i) {
        const auto& source = sources[i];
        json.begin_object();
        json.key("path").string(source->path());
        json.key("language").string(languages[i].tag);
        json.key("language_detected").boolean(languages[i].detected);
        json.key("figures").begin_array();
        for (const Figure& f : figures_of(i)) {
          json.begin_object();
          write_extracted(json, f, *source);
          json.end_object();
        }
        json.end_array();
        json.end_object();
      }
      json.end_array();
      json.end_object();
      json.finish();
      return 0;
    }
    for (std::size_t i = 0; i < sources.size(); ++i) {
      const auto& source = sources[i];
      for (const Figure& f : figures_of(i)) {
        if (format_ == "jsonl") {
          std::ostringstream line;
          JsonOut json(line);
          json.begin_object();
          json.key("path").string(source->path());
          write_extracted(json, f, *source);
          json.end_object();
          std::string text = line.str();
          std::string compact;
          // One object per line: drop the pretty-printing newlines and indentation.
          bool in_string = false, escaped = false;
          for (char c : text) {
            if (in_string) {
              compact += c;
              if (escaped) escaped = false;
              else if (c == '\\') escaped = true;
              else if (c == '"') in_string = false;
            } else if (c == '"') {
              in_string = true;
              compact += c;
            } else if (c != '\n' && c != ' ') {
              compact += c;
            }
          }
          io.out << compact << '\n';
        } else {
          Location at = source->location(f.span.begin);
          io.out << fmt::format("{}:{}:{}\t{}\t{}\t{}\t{}\t{}\n", source->path(), at.line, at.column,
                                to_string(f.kind), f.text, format_number(f.value), to_string(f.interval),
                                f.unit);
        }
      }
    }
    return 0;
  }

 private:
  std::vector<std::string> files_;
  std::string format_ = "table";
  std::string language_;
  std::string date_;
  bool verbose_ = false;
};

}  // namespace

std::unique_ptr<Command> make_extract_command() { return std::make_unique<ExtractCommand>(); }

}  // namespace crosscheck
