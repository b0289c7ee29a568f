// Deep expressions: refused at a stated depth with the byte where it is passed, never a crash of
// the recursive parser, type check or evaluation.
#include "expr/expression.h"

#include <gtest/gtest.h>

#include <string>

namespace crosscheck::expr {
namespace {

std::string repeat(const std::string& piece, int times) {
  std::string out;
  for (int i = 0; i < times; ++i) out += piece;
  return out;
}

TEST(ExprNesting, AtTheLimitParses) {
  const int n = kMaxExpressionNesting;
  EXPECT_FALSE(parse_expression(repeat("(", n) + "1" + repeat(")", n)).error);
  EXPECT_FALSE(parse_expression(repeat("-", n) + "1").error);
  EXPECT_FALSE(parse_expression(repeat("not ", n) + "a").error);
  EXPECT_FALSE(parse_expression(repeat("f(", n) + "1" + repeat(")", n)).error);
}

TEST(ExprNesting, PastTheLimitIsRefusedWhereItIsPassed) {
  const int n = kMaxExpressionNesting;
  const std::string parens = repeat("(", n + 1) + "1" + repeat(")", n + 1);
  Parsed p = parse_expression(parens);
  ASSERT_TRUE(p.error);
  EXPECT_EQ(p.error->offset, static_cast<std::size_t>(n));
  EXPECT_EQ(p.error->message,
            "expression nested deeper than 64 levels (parentheses, calls, unary '-' and 'not')");
  Parsed minus = parse_expression("a + " + repeat("-", n + 1) + "1");
  ASSERT_TRUE(minus.error);
  EXPECT_EQ(minus.error->offset, 4u + n);
  Parsed nots = parse_expression(repeat("not ", n + 1) + "a");
  ASSERT_TRUE(nots.error);
  EXPECT_EQ(nots.error->offset, 4u * n);
  // Parentheses and unary operators add up.
  EXPECT_TRUE(parse_expression(repeat("-(", n / 2 + 1) + "1" + repeat(")", n / 2 + 1)).error);
}

TEST(ExprNesting, InputsThatOverflowedTheStackAreRefused) {
  for (const std::string& text : {repeat("(", 2500) + "1" + repeat(")", 2500), repeat("-", 10000) + "1",
                                  repeat("not ", 10000) + "a", repeat("(", 100000)}) {
    Parsed p = parse_expression(text);
    ASSERT_TRUE(p.error);
    EXPECT_NE(p.error->message.find("nested deeper"), std::string::npos);
  }
}

TEST(ExprNesting, UnaryOperatorsEndWithTheirOperand) {
  // Each '-' ends at the next binary operator, each 'not' at the next 'and' or 'or': long flat
  // expressions are not deep.
  const int n = 2 * kMaxExpressionNesting;
  EXPECT_FALSE(parse_expression("-a" + repeat(" * -a", n)).error);
  EXPECT_FALSE(parse_expression("not a" + repeat(" and not a", n)).error);
  EXPECT_FALSE(parse_expression("f(-a" + repeat(", -a", n) + ")").error);
  EXPECT_FALSE(parse_expression("'--(((' + " + repeat("(", 10) + "1" + repeat(")", 10)).error);
}

TEST(ExprNesting, OperatorCountIsBounded) {
  EXPECT_FALSE(parse_expression("1" + repeat(" + 1", kMaxExpressionOperators)).error);
  Parsed p = parse_expression("1" + repeat(" + 1", 100000));
  ASSERT_TRUE(p.error);
  EXPECT_EQ(p.error->offset, 2u + 4u * kMaxExpressionOperators);
  EXPECT_EQ(p.error->message, "more than 256 operators in one expression; split it into several checks");
  EXPECT_TRUE(parse_expression("1" + repeat("-1", 100000)).error);
}

}  // namespace
}  // namespace crosscheck::expr
