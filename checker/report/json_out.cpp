#include "report/json_out.h"

#include <fmt/format.h>

#include <iterator>

namespace crosscheck {

std::string json_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 2);
  append_json_escaped(out, text);
  return out;
}

void append_json_escaped(std::string& out, std::string_view text) {
  for (char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 || c == '<' || c == '>' || c == '&') {
          // Control characters; and <, >, & so that the JSON is safe to embed in HTML <script> blocks.
          fmt::format_to(std::back_inserter(out), "\\u{:04x}", static_cast<unsigned>(c));
        } else {
          out += c;
        }
    }
  }
}

void JsonOut::newline() {
  out_ << '\n';
  for (std::size_t i = 0; i < stack_.size(); ++i) out_ << "  ";
}

void JsonOut::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (stack_.empty()) return;
  if (!stack_.back().empty) out_ << ',';
  stack_.back().empty = false;
  newline();
}

JsonOut& JsonOut::begin_object() {
  before_value();
  out_ << '{';
  stack_.push_back({false, true});
  return *this;
}

JsonOut& JsonOut::end_object() {
  bool empty = stack_.back().empty;
  stack_.pop_back();
  if (!empty) newline();
  out_ << '}';
  return *this;
}

JsonOut& JsonOut::begin_array() {
  before_value();
  out_ << '[';
  stack_.push_back({true, true});
  return *this;
}

JsonOut& JsonOut::end_array() {
  bool empty = stack_.back().empty;
  stack_.pop_back();
  if (!empty) newline();
  out_ << ']';
  return *this;
}

JsonOut& JsonOut::key(std::string_view name) {
  before_value();
  out_ << '"' << json_escape(name) << "\": ";
  after_key_ = true;
  return *this;
}

JsonOut& JsonOut::string(std::string_view value) {
  before_value();
  out_ << '"' << json_escape(value) << '"';
  return *this;
}

JsonOut& JsonOut::number(const Number& value) {
  if (is_infinite(value)) return null();
  before_value();
  out_ << format_number(value);
  return *this;
}

JsonOut& JsonOut::integer(long long value) {
  before_value();
  out_ << value;
  return *this;
}

JsonOut& JsonOut::boolean(bool value) {
  before_value();
  out_ << (value ? "true" : "false");
  return *this;
}

JsonOut& JsonOut::null() {
  before_value();
  out_ << "null";
  return *this;
}

void JsonOut::finish() { out_ << '\n'; }

}  // namespace crosscheck
