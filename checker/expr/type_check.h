// Load-time checking of `expect` expressions: syntax, names and units, each error located at
// file:line:column inside the expression.
#pragma once

#include "base/diagnostic.h"
#include "expr/expression.h"
#include "expr/types.h"
#include "model/rule_file.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crosscheck::expr {

// What the type check knows of a claim before any source is read.
struct ClaimInfo {
  Type type;  // from its literal value; unknown when only its mentions will tell
  std::vector<std::string> sources;  // of its mentions, in order (a source may repeat)
};

struct TypeError {
  std::size_t offset = 0;  // byte in the expression
  std::string message;
};

// Infers the type of every node, resolving names and function calls. Returns the first error.
// On success `result` is the type of the whole expression.
std::optional<TypeError> check_types(Node& root, const std::map<std::string, ClaimInfo>& claims,
                                     const std::string& currency, Type* result = nullptr);

// The claims of a rule file as the type check sees them.
std::map<std::string, ClaimInfo> claim_infos(const RuleFile& rules);

// Where byte `offset` of a check's expression is in its rule file. `file_text` is the rule file
// as read, when available: then escapes of quoted scalars and folded lines are followed exactly.
Location locate(const CheckDecl& check, std::size_t offset, std::string_view file_text = {});

}  // namespace crosscheck::expr

namespace crosscheck {

// Parses and checks every `expect` of the rule files; errors go to `sink` at file:line:column.
void check_expressions(const std::vector<RuleFile>& rules, DiagnosticSink& sink);
void check_expressions(const RuleFile& rules, DiagnosticSink& sink);

}  // namespace crosscheck
