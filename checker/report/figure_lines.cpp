#include "report/figure_lines.h"

#include "report/json_out.h"
#include "units/physical_units.h"

#include <fmt/format.h>

#include <iterator>

namespace crosscheck {

namespace {

void append_string(std::string& out, std::string_view text) {
  out += '"';
  append_json_escaped(out, text);
  out += '"';
}

void append_integer(std::string& out, std::size_t value) { fmt::format_to(std::back_inserter(out), "{}", value); }

// format_number's text without its string work for the common case: a whole number of at most
// 15 digits prints as its digits (format_number keeps 15 significant digits).
void append_plain_number(std::string& out, const Number& value) {
  static const Number limit("1e15");
  if (value > -limit && value < limit && boost::multiprecision::trunc(value) == value) {
    fmt::format_to(std::back_inserter(out), "{}", value.convert_to<long long>());
    return;
  }
  out += format_number(value);
}

void append_number(std::string& out, const Number& value) {
  if (is_infinite(value)) out += "null";
  else append_plain_number(out, value);
}

}  // namespace

void append_figure_json_line(std::string& out, std::string_view path, const FigureRecord& record) {
  const Figure& f = record.figure;
  out += "{\"path\":";
  append_string(out, path);
  out += ",\"text\":";
  append_string(out, f.text);
  out += ",\"start\":";
  append_integer(out, record.original.begin);
  out += ",\"end\":";
  append_integer(out, record.original.end);
  out += ",\"line\":";
  append_integer(out, record.line);
  out += ",\"column\":";
  append_integer(out, record.column);
  out += ",\"kind\":";
  append_string(out, to_string(f.kind));
  out += ",\"value\":";
  append_number(out, f.value);
  out += ",\"low\":";
  append_number(out, f.interval.low);
  out += ",\"high\":";
  append_number(out, f.interval.high);
  out += f.interval.low_open ? ",\"low_open\":true" : ",\"low_open\":false";
  out += f.interval.high_open ? ",\"high_open\":true" : ",\"high_open\":false";
  out += ",\"unit\":";
  append_string(out, f.unit);
  out += ",\"qualifier\":";
  append_string(out, to_string(f.qualifier));
  if (f.kind == FigureKind::count) {
    out += ",\"noun\":";
    append_string(out, f.noun);
  }
  if (f.kind == FigureKind::quantity) {
    out += ",\"dimension\":";
    append_string(out, to_string(dimension_of(f.unit)));
  }
  if (record.pair) {
    out += ",\"pair\":";
    append_integer(out, *record.pair);
  }
  out += "}\n";
}

void append_figure_row(std::string& out, std::string_view path, const FigureRecord& record) {
  const Figure& f = record.figure;
  out += path;
  out += ':';
  append_integer(out, record.line);
  out += ':';
  append_integer(out, record.column);
  out += '\t';
  out += to_string(f.kind);
  out += '\t';
  out += f.text;
  out += '\t';
  append_plain_number(out, f.value);
  out += '\t';
  out += f.interval.low_open ? '(' : '[';
  if (is_infinite(f.interval.low)) out += format_number(f.interval.low);  // "-inf"
  else append_plain_number(out, f.interval.low);
  out += ", ";
  if (is_infinite(f.interval.high)) out += format_number(f.interval.high);
  else append_plain_number(out, f.interval.high);
  out += f.interval.high_open ? ')' : ']';
  out += '\t';
  out += f.unit;
  out += '\n';
}

}  // namespace crosscheck
