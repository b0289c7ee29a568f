#include "expr/expression.h"

#include "expr/grammar.h"
#include "expr/types.h"

#include <fmt/format.h>

#include <vector>

namespace crosscheck::expr {

namespace {

namespace x3 = boost::spirit::x3;

// What stands at a byte, for "found ...": a whole character, even when it takes several bytes.
std::string found_at(std::string_view text, std::size_t at) {
  if (at >= text.size()) return "the end of the expression";
  std::size_t end = at + 1;
  while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
  return fmt::format("'{}'", text.substr(at, end - at));
}

// Turns the grammar's tree into Nodes, with byte offsets from the position cache.
class Builder {
 public:
  Builder(std::string_view text, const parser::position_cache& positions)
      : text_(text), positions_(positions) {}

  Node build(const ast::Expression& e) {
    Node node = build(e.first);
    // `a < b < c` reads wrongly in every language that allows it.
    if (e.rest.size() > 1 && is_comparison(e.rest[0].op) && !error_)
      error_ = ParseError{offsets(e.rest[1]).first,
                          "comparisons cannot be chained; join them with 'and' (a < b and b < c)"};
    for (const ast::Operation& operation : e.rest) {
      Node right = build(operation.operand);
      Node binary;
      binary.kind = Node::Kind::binary;
      binary.op = operation.op;
      binary.begin = node.begin;
      binary.end = right.end;
      binary.op_at = offsets(operation).first;
      binary.args.push_back(std::move(node));
      binary.args.push_back(std::move(right));
      node = std::move(binary);
    }
    return node;
  }

  Node build(const ast::Operand& operand) { return boost::apply_visitor(*this, operand); }

  Node operator()(const ast::Nil&) { return {}; }
  Node operator()(const ast::NumberLiteral& n) { return leaf(Node::Kind::number, n.text, n); }
  Node operator()(const ast::FigureLiteral& f) { return leaf(Node::Kind::figure, f.text, f); }
  Node operator()(const ast::DateLiteral& d) {
    Node node = leaf(Node::Kind::date, d.text, d);
    node.date = parse_iso_date(d.text);
    if ((!node.date || !node.date->complete()) && !error_)
      error_ = ParseError{node.begin, fmt::format("invalid date '{}'", d.text)};
    return node;
  }
  Node operator()(const ast::Reference& r) {
    Node node = leaf(Node::Kind::claim, r.claim, r);
    node.source = r.source;
    return node;
  }
  Node operator()(const x3::forward_ast<ast::Call>& c) {
    Node node = leaf(Node::Kind::call, c.get().name, c.get());
    for (const ast::Expression& arg : c.get().args) node.args.push_back(build(arg));
    return node;
  }
  Node operator()(const x3::forward_ast<ast::Unary>& u) {
    Node node = leaf(Node::Kind::unary, "", u.get());
    node.op = u.get().op;
    node.op_at = node.begin;
    node.args.push_back(build(u.get().operand));
    return node;
  }
  Node operator()(const x3::forward_ast<ast::Expression>& e) { return build(e.get()); }
  Node operator()(const x3::forward_ast<ast::Group>& g) {
    Node node = build(g.get().inner);
    std::tie(node.begin, node.end) = offsets(g.get());
    return node;
  }

  std::optional<ParseError> error_;

 private:
  std::pair<std::size_t, std::size_t> offsets(const x3::position_tagged& tagged) const {
    if (tagged.id_first < 0) return {0, 0};
    auto range = positions_.position_of(tagged);
    return {static_cast<std::size_t>(range.begin() - text_.data()),
            static_cast<std::size_t>(range.end() - text_.data())};
  }

  Node leaf(Node::Kind kind, const std::string& text, const x3::position_tagged& tagged) const {
    Node node;
    node.kind = kind;
    node.text = text;
    std::tie(node.begin, node.end) = offsets(tagged);
    return node;
  }

  std::string_view text_;
  const parser::position_cache& positions_;
};

bool is_name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.';
}

// A scan of the tokens that over-estimates how deep the parser, and then the tree, will go: each
// open parenthesis is a level, and so is each unary operator still in force ('-' until the next
// binary operator, 'not' until the next 'and', 'or' or ','). Linear, with no recursion.
std::optional<ParseError> find_excess_nesting(std::string_view text) {
  struct Level {
    int minus = 0;
    int nots = 0;
  };
  std::vector<Level> levels(1);
  int parens = 0;
  int unary = 0;  // the sum of minus and nots over levels
  int operators = 0;
  bool after_operand = false;  // a '-' here is binary
  auto binary = [&](std::size_t at, bool logical) -> std::optional<ParseError> {
    unary -= levels.back().minus;
    levels.back().minus = 0;
    if (logical) {
      unary -= levels.back().nots;
      levels.back().nots = 0;
    }
    after_operand = false;
    if (++operators > kMaxExpressionOperators)
      return ParseError{at, fmt::format("more than {} operators in one expression; split it into several checks",
                                        kMaxExpressionOperators)};
    return std::nullopt;
  };
  auto too_deep = [&](std::size_t at) -> std::optional<ParseError> {
    if (parens + unary <= kMaxExpressionNesting) return std::nullopt;
    return ParseError{at, fmt::format("expression nested deeper than {} levels (parentheses, calls, "
                                      "unary '-' and 'not')",
                                      kMaxExpressionNesting)};
  };
  for (std::size_t i = 0; i < text.size();) {
    char c = text[i];
    if (c == '\'') {  // a figure literal: any bytes up to the closing quote
      std::size_t close = text.find('\'', i + 1);
      i = close == std::string_view::npos ? text.size() : close + 1;
      after_operand = true;
    } else if (is_name_char(c)) {
      std::size_t end = i;
      while (end < text.size() && is_name_char(text[end])) ++end;  // a date counts as two '-'
      std::string_view word = text.substr(i, end - i);
      if (word == "and" || word == "or") {
        if (auto error = binary(i, true)) return error;
      } else if (word == "not") {
        ++levels.back().nots;
        ++unary;
        if (auto error = too_deep(i)) return error;
      } else {
        after_operand = true;
      }
      i = end;
    } else if (c == '(') {
      ++parens;
      levels.emplace_back();
      after_operand = false;
      if (auto error = too_deep(i)) return error;
      ++i;
    } else if (c == ')') {
      if (levels.size() > 1) {
        unary -= levels.back().minus + levels.back().nots;
        levels.pop_back();
        --parens;
      }
      after_operand = true;
      ++i;
    } else if (c == ',') {
      unary -= levels.back().minus + levels.back().nots;
      levels.back() = Level{};
      after_operand = false;
      ++i;
    } else if (c == '-' && !after_operand) {
      ++levels.back().minus;
      ++unary;
      if (auto error = too_deep(i)) return error;
      ++i;
    } else if (c == '-' || c == '+' || c == '*' || c == '/' || c == '<' || c == '>' || c == '=' || c == '!') {
      if (auto error = binary(i, false)) return error;
      ++i;
      while (i < text.size() && text[i] == '=') ++i;  // <=, >=, ==, !=
    } else {
      ++i;
    }
  }
  return std::nullopt;
}

}  // namespace

Parsed parse_expression(std::string_view text) {
  Parsed out;
  if (auto error = find_excess_nesting(text)) {
    out.error = std::move(error);
    return out;
  }
  const char* first = text.data();
  const char* last = text.data() + text.size();
  parser::position_cache positions(first, last);
  ast::Expression tree;
  try {
    bool ok = x3::phrase_parse(first, last,
                               x3::with<parser::position_cache_tag>(positions)[parser::expression()],
                               parser::blank, tree);
    if (!ok) {
      // Nothing matched at all: the first token is not an operand.
      std::size_t at = static_cast<std::size_t>(first - text.data());
      while (at < text.size() && (text[at] == ' ' || text[at] == '\t' || text[at] == '\n' || text[at] == '\r')) ++at;
      out.error = ParseError{at, at == text.size()
                                     ? std::string("expected an expression")
                                     : fmt::format("expected an operand (a number, a claim, a 'figure', "
                                                   "a function call or '('), found {}", found_at(text, at))};
      return out;
    }
  } catch (const x3::expectation_failure<const char*>& failure) {
    std::size_t at = static_cast<std::size_t>(failure.where() - text.data());
    while (at < text.size() && (text[at] == ' ' || text[at] == '\t' || text[at] == '\n' || text[at] == '\r')) ++at;
    std::string found = found_at(text, at);
    out.error = ParseError{at, fmt::format("expected {}, found {}", failure.which(), found)};
    return out;
  }
  std::size_t rest = static_cast<std::size_t>(first - text.data());
  while (rest < text.size() && (text[rest] == ' ' || text[rest] == '\t' || text[rest] == '\n' || text[rest] == '\r')) ++rest;
  if (rest < text.size()) {
    out.error = ParseError{rest, fmt::format("expected an operator or the end of the expression, found {}",
                                             found_at(text, rest))};
    return out;
  }
  Builder builder(text, positions);
  Node root = builder.build(tree);
  if (builder.error_) {
    out.error = builder.error_;
    return out;
  }
  out.root = std::move(root);
  return out;
}

std::string_view text_of(std::string_view expression, const Node& node) {
  if (node.begin >= expression.size() || node.end < node.begin) return {};
  return expression.substr(node.begin, node.end - node.begin);
}

std::string_view to_string(Op op) {
  switch (op) {
    case Op::logical_or: return "or";
    case Op::logical_and: return "and";
    case Op::logical_not: return "not";
    case Op::equal: return "==";
    case Op::not_equal: return "!=";
    case Op::less: return "<";
    case Op::less_equal: return "<=";
    case Op::greater: return ">";
    case Op::greater_equal: return ">=";
    case Op::plus: return "+";
    case Op::minus: return "-";
    case Op::times: return "*";
    case Op::divide: return "/";
    case Op::negate: return "-";
  }
  return "?";
}

}  // namespace crosscheck::expr
