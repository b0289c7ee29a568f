// Fusion adaptation of the AST structs that the grammar fills by attribute.
#pragma once

#include "figures/ast.h"

#include <boost/fusion/include/adapt_struct.hpp>

BOOST_FUSION_ADAPT_STRUCT(crosscheck::figures::ast::MonthDay, month, day)
