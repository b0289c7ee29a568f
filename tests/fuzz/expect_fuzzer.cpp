// `expect` expressions: parse, type check against a few claims, evaluate with nothing resolved.
#include "expr/evaluate.h"
#include "expr/expression.h"
#include "expr/type_check.h"

#include <cstdint>
#include <map>
#include <string>

namespace {

using namespace crosscheck;
using namespace crosscheck::expr;

class NoValues : public Environment {
 public:
  std::optional<Quantity> claim(const std::string&, const std::string&, std::string& problem) override {
    problem = "unresolved";
    return std::nullopt;
  }
  std::optional<Quantity> literal(const std::string&, std::string& problem) override {
    problem = "unresolved";
    return std::nullopt;
  }
  std::optional<Quantity> convert(const Quantity&, const std::string&, const std::optional<Date>&,
                                  std::string& problem) override {
    problem = "no rates";
    return std::nullopt;
  }
  bool agree(const Quantity&, const Quantity&) override { return false; }
  const std::string& currency() const override { return currency_; }

 private:
  std::string currency_ = "USD";
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  Parsed parsed = parse_expression(text);
  if (!parsed.root) return 0;
  static const std::map<std::string, ClaimInfo> claims = {
      {"ships", {Type::of(Dim::count, "vessel"), {"a", "b"}}},
      {"aid", {Type::of(Dim::money, "JPY"), {"a"}}},
      {"share", {Type::of(Dim::percent), {"b"}}},
      {"unknown", {Type{}, {"a"}}},
  };
  if (check_types(*parsed.root, claims, "USD")) return 0;
  NoValues env;
  evaluate(*parsed.root, text, env);
  return 0;
}
