// Evaluates a checked `expect` expression over intervals: a comparison fails only when it fails
// for every value the figures' intervals allow.
#pragma once

#include "expr/environment.h"
#include "expr/expression.h"
#include "expr/value.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crosscheck::expr {

// One comparison as evaluated: both sides brought to one unit, for messages and deltas.
struct Comparison {
  Op op = Op::equal;
  std::size_t begin = 0;  // bytes of the comparison in the expression
  std::size_t end = 0;
  std::string left_text, right_text;  // each side as written
  Quantity left, right;
  Truth truth = Truth::maybe;
};

struct Evaluation {
  std::optional<Truth> truth;  // nullopt: unresolved, and `problem` says why
  std::string problem;
  std::vector<Comparison> comparisons;  // in the order they were evaluated
  std::vector<std::string> claims;      // the claims the expression uses, each once, in order
};

Evaluation evaluate(const Node& root, std::string_view text, Environment& env);

// The claims an expression refers to, each once, in the order written.
std::vector<std::string> claims_used(const Node& root);

}  // namespace crosscheck::expr
