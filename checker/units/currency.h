// ISO 4217 currency codes crosscheck knows, with their English names.
#pragma once

#include <span>
#include <string_view>

namespace crosscheck {

struct Currency {
  std::string_view code;  // "USD"
  std::string_view name;  // "US dollar"
  bool current = true;    // false for codes the ECB once published but ISO 4217 has withdrawn (CYP, ROL...)
};

// Every known currency, sorted by code.
std::span<const Currency> currencies();

// The currency of a code (exact, upper-case), or nullptr when the code is not known.
const Currency* find_currency(std::string_view code);

bool is_known_currency(std::string_view code);

// "US dollar"; empty when the code is not known.
std::string_view currency_name(std::string_view code);

}  // namespace crosscheck
