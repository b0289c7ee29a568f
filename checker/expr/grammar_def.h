// The `expect` grammar (Boost.Spirit X3). Only grammar.cpp includes this file.
//
// Precedence, loosest first: or, and, not, comparisons (not chained), + -, * /, unary -, operands.
#pragma once

#include "expr/ast.h"
#include "expr/ast_adapted.h"
#include "expr/config.h"
#include "expr/grammar.h"

namespace crosscheck::expr::parser {

// ---- bytes, classified by hand (see Blank in config.h for why)

constexpr bool is_ident_start(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
constexpr bool is_ident_char(char c) { return is_ident_start(c) || (c >= '0' && c <= '9'); }
constexpr bool is_digit(char c) { return c >= '0' && c <= '9'; }

// A name: letters, digits and '_', not starting with a digit. Keywords are refused by the rule.
struct NameParser : x3::parser<NameParser> {
  using attribute_type = std::string;
  static bool const has_attribute = true;
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const& context, RCtx&, Attr& attr) const {
    x3::skip_over(first, last, context);
    It i = first;
    if (i == last || !is_ident_start(*i)) return false;
    while (i != last && is_ident_char(*i)) ++i;
    std::string name(first, i);
    if (name == "and" || name == "or" || name == "not") return false;
    attr = std::move(name);
    first = i;
    return true;
  }
};

// A keyword that no name character continues ("and" but not "android").
struct KeywordParser : x3::parser<KeywordParser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  const char* word;
  constexpr explicit KeywordParser(const char* w) : word(w) {}
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const& context, RCtx&, Attr&) const {
    x3::skip_over(first, last, context);
    It i = first;
    for (const char* w = word; *w; ++w, ++i)
      if (i == last || *i != *w) return false;
    if (i != last && is_ident_char(*i)) return false;
    first = i;
    return true;
  }
};

// Plain decimal digits, as written: "8", "0.5". No signs (unary minus does that), no separators
// (a comma separates arguments).
struct DecimalParser : x3::parser<DecimalParser> {
  using attribute_type = std::string;
  static bool const has_attribute = true;
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const& context, RCtx&, Attr& attr) const {
    x3::skip_over(first, last, context);
    It i = first;
    while (i != last && is_digit(*i)) ++i;
    if (i == first) return false;
    if (i != last && *i == '.' && i + 1 != last && is_digit(i[1])) {
      ++i;
      while (i != last && is_digit(*i)) ++i;
    }
    if (i != last && is_ident_char(*i)) return false;  // "8vessels", "2e3"
    attr = std::string(first, i);
    first = i;
    return true;
  }
};

// YYYY-MM-DD with no spaces, which is never a subtraction of three numbers.
struct DateParser : x3::parser<DateParser> {
  using attribute_type = std::string;
  static bool const has_attribute = true;
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const& context, RCtx&, Attr& attr) const {
    x3::skip_over(first, last, context);
    static constexpr char shape[] = "dddd-dd-dd";
    It i = first;
    for (const char* s = shape; *s; ++s, ++i) {
      if (i == last) return false;
      if (*s == 'd' ? !is_digit(*i) : *i != '-') return false;
    }
    if (i != last && is_ident_char(*i)) return false;
    attr = std::string(first, i);
    first = i;
    return true;
  }
};

// Any bytes up to the next single quote (a figure may be written in any script).
struct QuotedText : x3::parser<QuotedText> {
  using attribute_type = std::string;
  static bool const has_attribute = true;
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr& attr) const {
    It i = first;
    while (i != last && *i != '\'') ++i;
    attr = std::string(first, i);
    first = i;
    return true;
  }
};

inline constexpr NameParser name{};
inline constexpr DecimalParser decimal{};
inline constexpr DateParser date_text{};
inline constexpr QuotedText quoted_text{};
inline constexpr KeywordParser kw_or{"or"};
inline constexpr KeywordParser kw_and{"and"};
inline constexpr KeywordParser kw_not{"not"};

struct ComparisonOps : x3::symbols<ast::Op> {
  ComparisonOps() {
    add("==", ast::Op::equal)("!=", ast::Op::not_equal)("<", ast::Op::less)(
        "<=", ast::Op::less_equal)(">", ast::Op::greater)(">=", ast::Op::greater_equal);
  }
};
struct AdditiveOps : x3::symbols<ast::Op> {
  AdditiveOps() { add("+", ast::Op::plus)("-", ast::Op::minus); }
};
struct MultiplicativeOps : x3::symbols<ast::Op> {
  MultiplicativeOps() { add("*", ast::Op::times)("/", ast::Op::divide); }
};
inline const ComparisonOps comparison_ops;
inline const AdditiveOps additive_ops;
inline const MultiplicativeOps multiplicative_ops;

// ---- annotation: every node that is position_tagged remembers its bytes

struct annotate_position {
  template <typename T, typename Iterator, typename Context>
  void on_success(Iterator const& first, Iterator const& last, T& node, Context const& context) {
    x3::get<position_cache_tag>(context).annotate(node, first, last);
  }
};

// ---- rules: every target of an expectation is a named rule, and the names are what an editor
// reads after "expected" (Boost 1.74 prints a mangled type name for unnamed parsers).

struct or_expr_class : annotate_position {};
struct and_expr_class : annotate_position {};
struct not_expr_class : annotate_position {};
struct negation_class : annotate_position {};
struct comparison_class : annotate_position {};
struct additive_class : annotate_position {};
struct multiplicative_class : annotate_position {};
struct unary_class : annotate_position {};
struct minus_class : annotate_position {};
struct operand_class : annotate_position {};
struct number_class : annotate_position {};
struct figure_class : annotate_position {};
struct date_class : annotate_position {};
struct reference_class : annotate_position {};
struct call_class : annotate_position {};
struct group_class : annotate_position {};
struct expression_class : annotate_position {};
struct or_operation_class : annotate_position {};
struct and_operation_class : annotate_position {};
struct comparison_operation_class : annotate_position {};
struct additive_operation_class : annotate_position {};
struct multiplicative_operation_class : annotate_position {};
struct condition_class;
struct close_paren_class;
struct close_call_class;
struct close_quote_class;
struct source_id_class;

const expression_type expression_rule = "an expression";
const x3::rule<or_expr_class, ast::Expression> or_expr = "an expression";
const x3::rule<and_expr_class, ast::Expression> and_expr = "an expression";
const x3::rule<not_expr_class, ast::Operand> not_expr = "a condition";
const x3::rule<negation_class, ast::Unary> negation = "a condition";
const x3::rule<comparison_class, ast::Expression> comparison = "a comparison";
inline constexpr const char* kOperand =
    "an operand (a number, a claim, a 'figure', a function call or '(')";
const x3::rule<additive_class, ast::Expression> additive = kOperand;
const x3::rule<or_operation_class, ast::Operation> or_operation = "'or'";
const x3::rule<and_operation_class, ast::Operation> and_operation = "'and'";
const x3::rule<comparison_operation_class, ast::Operation> comparison_operation = "a comparison";
const x3::rule<additive_operation_class, ast::Operation> additive_operation = "'+' or '-'";
const x3::rule<multiplicative_operation_class, ast::Operation> multiplicative_operation = "'*' or '/'";
const x3::rule<multiplicative_class, ast::Expression> multiplicative = kOperand;
const x3::rule<unary_class, ast::Operand> unary = kOperand;
const x3::rule<minus_class, ast::Unary> minus = kOperand;
const x3::rule<operand_class, ast::Operand> operand = kOperand;
const x3::rule<number_class, ast::NumberLiteral> number = "a number";
const x3::rule<figure_class, ast::FigureLiteral> figure = "a figure in quotes";
const x3::rule<date_class, ast::DateLiteral> date = "a date";
const x3::rule<reference_class, ast::Reference> reference = "a claim";
const x3::rule<call_class, ast::Call> call = "a function call";
const x3::rule<group_class, ast::Group> group = "an expression in parentheses";
const x3::rule<condition_class, ast::Operand> condition = "a condition after 'not'";
const x3::rule<close_paren_class> close_paren = "')'";
const x3::rule<close_call_class> close_call = "',' or ')' after an argument";
const x3::rule<close_quote_class> close_quote = "a closing quote (')";
const x3::rule<source_id_class, std::string> source_id = "a source id after '.'";

using x3::_attr;
using x3::_val;

// A rule whose definition has semantic actions gets no on_success with its attribute, so these
// tag the node with the bytes x3::raw matched (Boost 1.74's _where is the rest of the input,
// not the match).
inline const auto tag = [](auto& ctx) {
  x3::get<position_cache_tag>(ctx).annotate(_val(ctx), _attr(ctx).begin(), _attr(ctx).end());
};
inline const auto set_text = [](auto& ctx) { _val(ctx).text = _attr(ctx); };
inline const auto set_text_and_tag = [](auto& ctx) {
  _val(ctx).text.assign(_attr(ctx).begin(), _attr(ctx).end());
  tag(ctx);
};
inline const auto set_inner = [](auto& ctx) { _val(ctx).inner = _attr(ctx); };
inline const auto set_claim = [](auto& ctx) { _val(ctx).claim = _attr(ctx); };
inline const auto set_source = [](auto& ctx) { _val(ctx).source = _attr(ctx); };

// The caller checks that nothing follows: an expectation of the end here would make the whole
// expression a one-element sequence, which X3 cannot fill a two-member struct from.
const auto expression_rule_def = or_expr;
const auto or_expr_def = and_expr >> *or_operation;
const auto or_operation_def = kw_or >> x3::attr(ast::Op::logical_or) > and_expr;
const auto and_expr_def = not_expr >> *and_operation;
const auto and_operation_def = kw_and >> x3::attr(ast::Op::logical_and) > not_expr;
const auto not_expr_def = negation | comparison;
const auto negation_def = kw_not >> x3::attr(ast::Op::logical_not) > condition;
const auto condition_def = not_expr;
// Chained comparisons (a < b < c) parse here and are refused by the builder with a message.
const auto comparison_def = additive >> *comparison_operation;
const auto comparison_operation_def = comparison_ops > additive;
const auto additive_def = multiplicative >> *additive_operation;
const auto additive_operation_def = additive_ops > multiplicative;
const auto multiplicative_def = unary >> *multiplicative_operation;
const auto multiplicative_operation_def = multiplicative_ops > unary;
const auto unary_def = minus | operand;
const auto minus_def = x3::lit('-') >> x3::attr(ast::Op::negate) > unary;
const auto operand_def = date | number | figure | call | reference | group;
const auto group_def = x3::raw[x3::lit('(') > or_expr[set_inner] > close_paren][tag];
const auto close_paren_def = x3::lit(')');
const auto number_def = x3::raw[decimal][set_text_and_tag];
const auto date_def = x3::raw[date_text][set_text_and_tag];
const auto figure_def = x3::raw[x3::lit('\'') > x3::lexeme[quoted_text[set_text] > close_quote]][tag];
const auto close_quote_def = x3::lit('\'');
const auto reference_def = x3::raw[name[set_claim] >> -((x3::lit('.') > source_id)[set_source])][tag];
const auto source_id_def = name;
const auto call_def = name >> x3::lit('(') >> -(or_expr % ',') > close_call;
const auto close_call_def = x3::lit(')');

BOOST_SPIRIT_DEFINE(or_operation, and_operation, comparison_operation, additive_operation,
                    multiplicative_operation)
BOOST_SPIRIT_DEFINE(expression_rule, or_expr, and_expr, not_expr, negation, condition, comparison,
                    additive, multiplicative, unary, minus, operand, number, figure, date,
                    reference, call, group, close_paren, close_call, close_quote, source_id)

}  // namespace crosscheck::expr::parser
