// The functions of the `expect` language, all in one table: name, arity, type rule, evaluator.
#pragma once

#include "expr/environment.h"
#include "expr/expression.h"
#include "expr/types.h"
#include "expr/value.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace crosscheck::expr {

struct Typed {
  Type result;
  std::string error;      // what was expected, when an argument does not fit
  std::size_t bad_arg = 0;  // which argument the error is about
};

// `args` are the argument nodes; `types` their types (unknown for claims known only later).
using TypeRule = Typed (*)(std::span<const Node> args, std::span<const Type> types,
                           const std::string& currency);
// `values` holds one quantity per argument (empty for arguments taken as text).
using Evaluator = std::optional<Quantity> (*)(std::span<const Node> args,
                                              std::span<const Quantity> values, const Type& result,
                                              Environment& env, std::string& problem);

struct Function {
  std::string_view name;
  std::size_t min_args;
  std::size_t max_args;
  std::string_view signature;  // for messages: "round(x, digits)"
  unsigned text_args;          // bit i: argument i is read as text ('USD'), not evaluated
  TypeRule type;
  Evaluator evaluate;
};

std::span<const Function> functions();
const Function* find_function(std::string_view name);

}  // namespace crosscheck::expr
