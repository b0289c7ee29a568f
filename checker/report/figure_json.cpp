#include "report/figure_json.h"

#include <cmath>

#include "units/physical_units.h"

namespace crosscheck {

namespace {

void write_fields(JsonOut& json, const Figure& f, Span original, std::size_t line, std::size_t column) {
  json.key("text").string(f.text);
  json.key("start").integer(static_cast<long long>(original.begin));
  json.key("end").integer(static_cast<long long>(original.end));
  json.key("line").integer(static_cast<long long>(line));
  json.key("column").integer(static_cast<long long>(column));
  json.key("kind").string(to_string(f.kind));
  json.key("value").number(f.value);
  json.key("low").number(f.interval.low);
  json.key("high").number(f.interval.high);
  json.key("low_open").boolean(f.interval.low_open);
  json.key("high_open").boolean(f.interval.high_open);
  json.key("unit").string(f.unit);
  json.key("qualifier").string(to_string(f.qualifier));
  if (f.kind == FigureKind::count) json.key("noun").string(f.noun);
  if (f.kind == FigureKind::quantity) json.key("dimension").string(to_string(dimension_of(f.unit)));
}

}  // namespace

void write_figure_fields(JsonOut& json, const Figure& f, const SourceFile& source) {
  const Location at = source.location(f.span.begin);
  write_fields(json, f, source.original_span(f.span), at.line, at.column);
}

void write_figure_fields(JsonOut& json, const FigureRecord& record) {
  write_fields(json, record.figure, record.original, record.line, record.column);
  if (record.pair) json.key("pair").integer(static_cast<long long>(*record.pair));
}

void write_confidence(JsonOut& json, double confidence, const std::vector<Signal>& signals) {
  json.key("confidence").number(Number(std::round(confidence * 1000) / 1000));
  json.key("signals").begin_array();
  for (const Signal& s : signals) {
    json.begin_object();
    json.key("name").string(s.name);
    json.key("weight").number(Number(std::round(s.weight * 1000) / 1000));
    json.key("detail").string(s.detail);
    json.end_object();
  }
  json.end_array();
}

}  // namespace crosscheck
