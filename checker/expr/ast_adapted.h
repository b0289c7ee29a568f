// Fusion adaptation of the `expect` syntax tree, for attribute propagation in the grammar.
#pragma once

#include "expr/ast.h"

#include <boost/fusion/include/adapt_struct.hpp>

BOOST_FUSION_ADAPT_STRUCT(crosscheck::expr::ast::Unary, op, operand)
BOOST_FUSION_ADAPT_STRUCT(crosscheck::expr::ast::Operation, op, operand)
BOOST_FUSION_ADAPT_STRUCT(crosscheck::expr::ast::Expression, first, rest)
BOOST_FUSION_ADAPT_STRUCT(crosscheck::expr::ast::Call, name, args)
