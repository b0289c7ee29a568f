// Instantiates the `expect` grammar (the only file that includes grammar_def.h).
#include "expr/grammar.h"

#include "expr/grammar_def.h"

namespace crosscheck::expr::parser {

BOOST_SPIRIT_INSTANTIATE(expression_type, iterator_type, context_type)

const expression_type& expression() { return expression_rule; }

}  // namespace crosscheck::expr::parser
