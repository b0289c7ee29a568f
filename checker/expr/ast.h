// The syntax tree the `expect` grammar builds; expression.h turns it into the tree that is checked.
#pragma once

#include <boost/spirit/home/x3/support/ast/position_tagged.hpp>
#include <boost/spirit/home/x3/support/ast/variant.hpp>

#include <string>
#include <vector>

namespace crosscheck::expr::ast {

namespace x3 = boost::spirit::x3;

enum class Op {
  logical_or, logical_and, logical_not,
  equal, not_equal, less, less_equal, greater, greater_equal,
  plus, minus, times, divide, negate,
};

struct Nil {};
struct Unary;
struct Expression;
struct Call;
struct Group;

// Literals keep their text as written; the builder reads them (exact decimals, figures, dates).
struct NumberLiteral : x3::position_tagged {
  std::string text;
};
struct FigureLiteral : x3::position_tagged {
  std::string text;  // between the quotes
};
struct DateLiteral : x3::position_tagged {
  std::string text;  // YYYY-MM-DD
};
struct Reference : x3::position_tagged {
  std::string claim;
  std::string source;  // empty: the claim's agreed value
};

struct Operand : x3::variant<Nil, NumberLiteral, FigureLiteral, DateLiteral, Reference,
                             x3::forward_ast<Call>, x3::forward_ast<Unary>,
                             x3::forward_ast<Expression>, x3::forward_ast<Group>> {
  using base_type::base_type;
  using base_type::operator=;
};

struct Unary : x3::position_tagged {
  Op op = Op::negate;
  Operand operand;
};

struct Operation : x3::position_tagged {
  Op op = Op::plus;
  Operand operand;
};

// `first op operand op operand ...`, all of one precedence level, left to right.
struct Expression : x3::position_tagged {
  Operand first;
  std::vector<Operation> rest;
};

// An expression in parentheses, which errors about it point at from its '('.
struct Group : x3::position_tagged {
  Expression inner;
};

struct Call : x3::position_tagged {
  std::string name;
  std::vector<Expression> args;
};

}  // namespace crosscheck::expr::ast
