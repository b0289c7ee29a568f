// A parsed `expect` expression: a small tree whose every node knows the bytes it was written in.
#pragma once

#include "base/date.h"
#include "expr/ast.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crosscheck::expr {

using Op = ast::Op;

struct Function;

struct Node {
  enum class Kind { number, figure, date, claim, unary, binary, call };
  Kind kind = Kind::number;
  Op op = Op::plus;        // unary and binary
  std::string text;        // number as written, figure literal, claim id, function name
  std::string source;      // claim.source_id: the source id; empty for the agreed value
  std::optional<Date> date;
  const Function* function = nullptr;  // call: set by the type check
  std::vector<Node> args;  // operands or arguments
  std::size_t begin = 0;   // bytes of the expression text this node covers
  std::size_t end = 0;
  std::size_t op_at = 0;   // binary: where the operator is
};

struct ParseError {
  std::size_t offset = 0;  // byte in the expression
  std::string message;     // "expected ')'"
};

struct Parsed {
  std::optional<Node> root;
  std::optional<ParseError> error;
};

// Limits that keep the parser, the type check and the evaluation (all recursive) far from the end
// of the stack, whatever a rule file holds. Real expressions use a handful of each. A chain of
// operators is a tree as deep as it is long: 1,000 of them overflowed the evaluation's stack under
// the address sanitizer (found by fuzzing).
inline constexpr int kMaxExpressionNesting = 64;      // parentheses, calls, unary '-' and 'not'
inline constexpr int kMaxExpressionOperators = 256;  // binary operators in one expression

// A parse error for `text`, or nothing. Beyond the limits above it says where they are passed,
// before the parser sees the text.
Parsed parse_expression(std::string_view text);

// The text of a node as written, for messages.
std::string_view text_of(std::string_view expression, const Node& node);

std::string_view to_string(Op op);

}  // namespace crosscheck::expr
