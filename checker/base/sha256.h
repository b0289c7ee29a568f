// SHA-256 (FIPS 180-4): the hashes of the HTML report's Content-Security-Policy and of the sources
// every report names (provenance).
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace crosscheck {

using Sha256Digest = std::array<std::uint8_t, 32>;

Sha256Digest sha256(std::string_view data);

std::string to_hex(const Sha256Digest& digest);

// Standard base64 with padding (RFC 4648 §4), as CSP hash sources want it.
std::string base64(std::string_view bytes);

}  // namespace crosscheck
