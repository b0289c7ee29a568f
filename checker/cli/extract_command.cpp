// `crosscheck extract`: every figure found in texts, as a table, JSON or JSON lines.
#include "base/diagnostic.h"
#include "cli/command.h"
#include "cli/language_option.h"
#include "figures/figure_stream.h"
#include "report/figure_json.h"
#include "report/figure_lines.h"
#include "report/json_out.h"
#include "text/source_file.h"

#include <fmt/format.h>

#include <iterator>
#include <ostream>
#include <sstream>

namespace crosscheck {

namespace {

// Output gathered in a buffer and written in large blocks: one write per figure would cost more
// than reading it.
class BufferedOut {
 public:
  explicit BufferedOut(std::ostream& out) : out_(out) { buffer_.reserve(kBlock + 4096); }
  ~BufferedOut() { flush(); }
  BufferedOut(const BufferedOut&) = delete;
  BufferedOut& operator=(const BufferedOut&) = delete;
  std::string& buffer() { return buffer_; }
  void maybe_flush() {
    if (buffer_.size() >= kBlock) flush();
  }
  void flush() {
    out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    buffer_.clear();
  }

 private:
  static constexpr std::size_t kBlock = std::size_t{1} << 16;
  std::ostream& out_;
  std::string buffer_;
};

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
    // Every file is checked (and its language found) before anything is written. A plain text
    // file is then read again in pieces, so that memory stays bounded whatever its size.
    std::vector<std::unique_ptr<FigureInput>> inputs;
    for (const std::string& file : files_) {
      if (file == "-") {
        std::string bytes(std::istreambuf_iterator<char>(io.in), {});
        auto source = make_source("<stdin>", std::move(bytes), SourceFormat::text, sink);
        inputs.push_back(source ? FigureInput::whole(std::move(source), language_) : nullptr);
      } else {
        inputs.push_back(FigureInput::open(file, language_, sink));
      }
    }
    if (sink.has_errors()) {
      print_diagnostics(sink, io.err);
      return 2;
    }
    for (const auto& input : inputs)
      if (verbose_)
        io.err << fmt::format("{}: read as {} ({})\n", input->path(), input->language().tag,
                              input->language().detected ? "detected" : "given");
    const int status = format_ == "json" ? write_json(inputs, options, sink, io.out)
                                         : write_lines(inputs, options, sink, io.out);
    if (sink.has_errors()) {
      print_diagnostics(sink, io.err);
      return 2;
    }
    return status;
  }

 private:
  int write_json(const std::vector<std::unique_ptr<FigureInput>>& inputs, const ExtractOptions& options,
                 DiagnosticSink& sink, std::ostream& out) const {
    std::ostringstream block;  // written out every few hundred figures
    JsonOut json(block);
    const auto spill = [&] {
      const std::string text = block.str();
      out.write(text.data(), static_cast<std::streamsize>(text.size()));
      block.str({});
    };
    json.begin_object();
    json.key("schema").string("crosscheck.figures/1");
    json.key("files").begin_array();
    for (const auto& input : inputs) {
      json.begin_object();
      json.key("path").string(input->path());
      json.key("language").string(input->language().tag);
      json.key("language_detected").boolean(input->language().detected);
      json.key("figures").begin_array();
      std::size_t written = 0;
      const bool ok = input->for_each(options, [&](const FigureRecord& record) {
        json.begin_object();
        write_figure_fields(json, record);
        json.end_object();
        if (++written % 256 == 0) spill();
      }, sink);
      if (!ok) return 2;
      json.end_array();
      json.end_object();
    }
    json.end_array();
    json.end_object();
    json.finish();
    spill();
    return 0;
  }

  int write_lines(const std::vector<std::unique_ptr<FigureInput>>& inputs, const ExtractOptions& options,
                  DiagnosticSink& sink, std::ostream& out) const {
    BufferedOut buffered(out);
    const bool jsonl = format_ == "jsonl";
    for (const auto& input : inputs) {
      const std::string& path = input->path();
      const bool ok = input->for_each(options, [&](const FigureRecord& record) {
        if (jsonl) append_figure_json_line(buffered.buffer(), path, record);
        else append_figure_row(buffered.buffer(), path, record);
        buffered.maybe_flush();
      }, sink);
      if (!ok) return 2;
    }
    return 0;
  }

  std::vector<std::string> files_;
  std::string format_ = "table";
  std::string language_;
  std::string date_;
  bool verbose_ = false;
};

}  // namespace

std::unique_ptr<Command> make_extract_command() { return std::make_unique<ExtractCommand>(); }

}  // namespace crosscheck
