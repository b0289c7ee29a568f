// The `expect` grammar: precedence, literals, references, and errors at the exact byte.
#include "expr/expression.h"

#include <gtest/gtest.h>

#include <string>

namespace crosscheck::expr {
namespace {

// Writes a tree back with every operation parenthesised: precedence made visible.
std::string show(const Node& n) {
  switch (n.kind) {
    case Node::Kind::number: return n.text;
    case Node::Kind::figure: return "'" + n.text + "'";
    case Node::Kind::date: return "date:" + n.text;
    case Node::Kind::claim: return n.source.empty() ? n.text : n.text + "." + n.source;
    case Node::Kind::unary: return "(" + std::string(to_string(n.op)) + " " + show(n.args[0]) + ")";
    case Node::Kind::binary:
      return "(" + show(n.args[0]) + " " + std::string(to_string(n.op)) + " " + show(n.args[1]) + ")";
    case Node::Kind::call: {
      std::string out = n.text + "(";
      for (std::size_t i = 0; i < n.args.size(); ++i) out += (i ? ", " : "") + show(n.args[i]);
      return out + ")";
    }
  }
  return "?";
}

std::string parsed(const std::string& text) {
  Parsed p = parse_expression(text);
  if (p.error) return "error at " + std::to_string(p.error->offset) + ": " + p.error->message;
  return show(*p.root);
}

TEST(ExprParser, Precedence) {
  EXPECT_EQ(parsed("a + b * c == d"), "((a + (b * c)) == d)");
  EXPECT_EQ(parsed("a - b - c"), "((a - b) - c)");
  EXPECT_EQ(parsed("a / b / c"), "((a / b) / c)");
  EXPECT_EQ(parsed("(a + b) * c"), "((a + b) * c)");
  EXPECT_EQ(parsed("-a * b"), "((- a) * b)");
  EXPECT_EQ(parsed("a - -b"), "(a - (- b))");
  EXPECT_EQ(parsed("a < b or c == d and not e > f"), "((a < b) or ((c == d) and (not (e > f))))");
  EXPECT_EQ(parsed("not not a == b"), "(not (not (a == b)))");
  EXPECT_EQ(parsed("a <= b and c >= d or e != f"), "(((a <= b) and (c >= d)) or (e != f))");
}

TEST(ExprParser, LiteralsReferencesAndCalls) {
  EXPECT_EQ(parsed("vessels_pledged_2014 + vessels_added_2015 == vessels_total"),
            "((vessels_pledged_2014 + vessels_added_2015) == vessels_total)");
  EXPECT_EQ(parsed("hospital_oda.csis == '28.6 billion yen'"), "(hospital_oda.csis == '28.6 billion yen')");
  EXPECT_EQ(parsed("x == '100 tỷ yên'"), "(x == '100 tỷ yên')");
  EXPECT_EQ(parsed("convert(x, 'USD', 2015-09-15) > 0.5"), "(convert(x, 'USD', date:2015-09-15) > 0.5)");
  EXPECT_EQ(parsed("round(abs(a - b), 2) <= max(c, d, 3)"), "(round(abs((a - b)), 2) <= max(c, d, 3))");
  EXPECT_EQ(parsed("days(visit)==trip"), "(days(visit) == trip)");
  EXPECT_EQ(parsed("  a\n  == b  "), "(a == b)");
  // Keywords only as whole words.
  EXPECT_EQ(parsed("android == order and notes > 1"), "((android == order) and (notes > 1))");
  // Spaces make a date a subtraction.
  EXPECT_EQ(parsed("2015 - 09 - 15 == x"), "(((2015 - 09) - 15) == x)");
}

TEST(ExprParser, Positions) {
  Parsed p = parse_expression("a + bb == 'x y'");
  ASSERT_TRUE(p.root);
  const Node& eq = *p.root;
  EXPECT_EQ(eq.op_at, 7u);
  EXPECT_EQ(eq.args[0].op_at, 2u);
  EXPECT_EQ(eq.args[0].args[1].begin, 4u);
  EXPECT_EQ(eq.args[0].args[1].end, 6u);
  EXPECT_EQ(eq.args[1].begin, 10u);
  EXPECT_EQ(eq.args[1].end, 15u);
  EXPECT_EQ(text_of("a + bb == 'x y'", eq.args[1]), "'x y'");
  Parsed q = parse_expression("(a + b) * c == d");
  ASSERT_TRUE(q.root);
  EXPECT_EQ(q.root->args[0].args[0].begin, 0u);
  EXPECT_EQ(q.root->args[0].args[0].end, 7u);
}

TEST(ExprParser, ErrorsAtTheExactByte) {
  EXPECT_EQ(parsed("a + == b"), "error at 4: expected an operand (a number, a claim, a 'figure', a function call or '('), found '='");
  EXPECT_EQ(parsed("(a + b == c"), "error at 11: expected ')', found the end of the expression");
  EXPECT_EQ(parsed("a == 'ten"), "error at 9: expected a closing quote ('), found the end of the expression");
  EXPECT_EQ(parsed("a. == b"), "error at 3: expected a source id after '.', found '='");
  EXPECT_EQ(parsed("a == b c"), "error at 7: expected an operator or the end of the expression, found 'c'");
  EXPECT_EQ(parsed("a < b < c"), "error at 6: comparisons cannot be chained; join them with 'and' (a < b and b < c)");
  EXPECT_EQ(parsed("max(a, b == c"), "error at 13: expected ',' or ')' after an argument, found the end of the expression");
  EXPECT_EQ(parsed("not"), "error at 3: expected a condition after 'not', found the end of the expression");
  EXPECT_EQ(parsed(""), "error at 0: expected an expression");
  EXPECT_EQ(parsed("   "), "error at 3: expected an expression");
  EXPECT_EQ(parsed("== a"), "error at 0: expected an operand (a number, a claim, a 'figure', a function call or '('), found '='");
  EXPECT_EQ(parsed("x == 2015-13-01"), "error at 5: invalid date '2015-13-01'");
  EXPECT_EQ(parsed("x == 2e3"), "error at 5: expected an operand (a number, a claim, a 'figure', a function call or '('), found '2'");
  // Bytes ≥ 0x80 outside quotes are an error, never an assertion.
  EXPECT_EQ(parsed("x == é"), "error at 5: expected an operand (a number, a claim, a 'figure', a function call or '('), found 'é'");
}

}  // namespace
}  // namespace crosscheck::expr
