// A small streaming JSON writer: exact decimal numbers written as they are, stable key order,
// two-space indentation, every string escaped.
#pragma once

#include "base/number.h"

#include <ostream>
#include <string_view>
#include <vector>

namespace crosscheck {

class JsonOut {
 public:
  explicit JsonOut(std::ostream& out) : out_(out) {}
  ~JsonOut() = default;

  JsonOut& begin_object();
  JsonOut& end_object();
  JsonOut& begin_array();
  JsonOut& end_array();
  JsonOut& key(std::string_view name);
  JsonOut& string(std::string_view value);
  JsonOut& number(const Number& value);  // infinities become null
  JsonOut& integer(long long value);
  JsonOut& boolean(bool value);
  JsonOut& null();
  // Writes the final newline.
  void finish();

 private:
  void before_value();
  void newline();
  std::ostream& out_;
  struct Level {
    bool array;
    bool empty;
  };
  std::vector<Level> stack_;
  bool after_key_ = false;
};

// The JSON string escape of `text`, without the quotes (also used by other writers).
std::string json_escape(std::string_view text);
// The same, appended to `out`.
void append_json_escaped(std::string& out, std::string_view text);

}  // namespace crosscheck
