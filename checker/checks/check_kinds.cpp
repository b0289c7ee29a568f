#include "checks/check_context.h"

#include <array>

namespace crosscheck {

namespace {
constexpr std::array<CheckKind, 1> kChecks{{
    {"agree", "all mentions of a claim state the same figure", run_agree_checks},
}};
}  // namespace

std::span<const CheckKind> check_kinds() { return kChecks; }

}  // namespace crosscheck
