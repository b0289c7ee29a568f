#include "checks/check_context.h"

#include <array>

namespace crosscheck {

namespace {
constexpr std::array<CheckKind, 4> kChecks{{
    {"agree", "all mentions of a claim state the same figure", run_agree_checks},
    {"expect", "an expect: expression over claims holds", run_expect_checks},
    {"conversion-pairs", "a figure and its conversion in parentheses agree at the rate of their date", run_conversion_pairs_check},
    {"sum-statements", "a total and the parts a sentence lists for it add up", run_sum_statements_check},
}};
}  // namespace

std::span<const CheckKind> check_kinds() { return kChecks; }

}  // namespace crosscheck
