// `crosscheck convert AMOUNT TO [--date DATE]`: one conversion, with the rate, date and table used.
#include "base/diagnostic.h"
#include "cli/command.h"
#include "cli/rate_options.h"
#include "engine/amount_format.h"
#include "figures/extractor.h"
#include "units/conversion.h"
#include "units/currency.h"

#include <fmt/format.h>

#include <ostream>

namespace crosscheck {

namespace {

class ConvertCommand : public Command {
 public:
  void define(CLI::App& app) override {
    app.add_option("amount", amount_, "an amount as news text writes it: '100 billion yen', '$835 million'")
        ->required();
    app.add_option("to", to_, "the currency to convert to (ISO 4217 code: USD, JPY, EUR, ...)")->required();
    app.add_option("--date", date_, "the date of the rate (YYYY-MM-DD; default: the newest date of the built-in table)");
    rates_.define(app);
  }

  int run(Io& io) override {
    DiagnosticSink sink;
    RateTable table = rates_.table(sink);
    std::optional<Figure> figure = parse_figure_literal(amount_);
    if (!figure || figure->kind != FigureKind::money)
      sink.error({"<amount>"}, "'{}' is not an amount of money; expected e.g. '100 billion yen'", amount_);
    if (!is_known_currency(to_))
      sink.error({"<to>"}, "unknown currency '{}'; expected an ISO 4217 code such as USD", to_);
    std::optional<Date> date = date_.empty() ? table.newest_built_in_date() : parse_iso_date(date_);
    if (!date || !date->complete())
      sink.error({"--date"}, "invalid date '{}'; expected YYYY-MM-DD", date_);
    if (sink.has_errors()) {
      print_diagnostics(sink, io.err);
      return 2;
    }
    ConversionResult result = convert(table, figure->value, figure->interval, figure->unit, to_, *date);
    if (!result) {
      io.err << "crosscheck: error: " << result.failure << '\n';
      return 2;
    }
    io.out << fmt::format("{} = {}\n", figure->text, describe_amount(result->nominal, to_));
    io.out << fmt::format("  interval: {} {}\n", to_string(result->value), to_);
    io.out << fmt::format("  rate: {}\n", describe(result->rate));
    return 0;
  }

 private:
  std::string amount_;
  std::string to_;
  std::string date_;
  RateOptions rates_;
};

}  // namespace

std::unique_ptr<Command> make_convert_command() { return std::make_unique<ConvertCommand>(); }

}  // namespace crosscheck
