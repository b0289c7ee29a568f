// What evaluating an `expect` expression needs from the rest of the checker: the values of
// claims, figure literals read as the engine reads them, currency conversion and equality.
#pragma once

#include "expr/value.h"

#include <optional>
#include <string>

namespace crosscheck::expr {

class Environment {
 public:
  virtual ~Environment() = default;

  // A claim's agreed value, or that of its mention in `source` (non-empty). nullopt, with
  // `problem` saying why, when the claim is unresolved or its mentions disagree.
  virtual std::optional<Quantity> claim(const std::string& id, const std::string& source,
                                        std::string& problem) = 0;
  // A figure literal ('28.6 billion yen'); nullopt when it is not one figure.
  virtual std::optional<Quantity> literal(const std::string& text, std::string& problem) = 0;
  // Money in another currency at a date (the quantity's own date when none is given).
  virtual std::optional<Quantity> convert(const Quantity& money, const std::string& currency,
                                          const std::optional<Date>& date, std::string& problem) = 0;
  // `==`: two quantities in one unit agree within the check's tolerance and their precision.
  virtual bool agree(const Quantity& a, const Quantity& b) = 0;
  // The currency money of two currencies meets in.
  virtual const std::string& currency() const = 0;
};

}  // namespace crosscheck::expr

namespace crosscheck::expr {

// Brings a quantity to the unit of `common` when both are money (converted through `env`) or
// durations of one family; any other quantity is returned as it is.
std::optional<Quantity> bring_to(const Quantity& q, const Type& common, Environment& env,
                                 std::string& problem);

}  // namespace crosscheck::expr
