#include "checks/check_context.h"

#include <array>

namespace crosscheck {

namespace {
constexpr std::array<CheckKind, 2> kChecks{{
    {"agree", "all mentions of a claim state the same figure", run_agree_checks},
    {"expect", "an expect: expression over claims holds", run_expect_checks},
}};
}  // namespace

std::span<const CheckKind> check_kinds() { return kChecks; }

}  // namespace crosscheck
