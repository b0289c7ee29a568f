// A finding's identity that survives unrelated edits of the article: built from what was checked
// (check, kind, sources, quotes, figure texts), never from line numbers.
#pragma once

#include "engine/finding.h"

#include <string>

namespace crosscheck {

// 16 hex digits (64-bit FNV-1a).
std::string fingerprint(const Finding& finding);

}  // namespace crosscheck
