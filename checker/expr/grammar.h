// The `expect` grammar's entry point: one whole expression.
#pragma once

#include "expr/ast.h"
#include "expr/config.h"

namespace crosscheck::expr::parser {

struct expression_class;
using expression_type = x3::rule<expression_class, ast::Expression>;

BOOST_SPIRIT_DECLARE(expression_type)

const expression_type& expression();

}  // namespace crosscheck::expr::parser
