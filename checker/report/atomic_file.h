// Writes a file so that readers see either the old content or the new, never half of it.
#pragma once

#include <string>
#include <string_view>

namespace crosscheck {

// Writes to a temporary file beside `path`, then renames it over `path`. Returns an empty string
// on success, else what went wrong (the old file, if any, is left untouched).
std::string write_file_atomically(const std::string& path, std::string_view content);

}  // namespace crosscheck
