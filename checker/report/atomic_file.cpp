#include "report/atomic_file.h"

#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <unistd.h>

namespace crosscheck {

std::string write_file_atomically(const std::string& path, std::string_view content) {
  std::filesystem::path target(path);
  std::error_code ec;
  if (std::filesystem::is_directory(target, ec))
    return fmt::format("{}: is a directory, expected a file", path);
  std::string temp = fmt::format("{}.{}.tmp", path, static_cast<long>(getpid()));
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    if (!out) return fmt::format("{}: cannot write: {}", path, std::strerror(errno));
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    out.flush();
    if (!out) {
      std::remove(temp.c_str());
      return fmt::format("{}: cannot write: {}", path, std::strerror(errno));
    }
  }
  std::filesystem::rename(temp, target, ec);
  if (ec) {
    std::remove(temp.c_str());
    return fmt::format("{}: cannot write: {}", path, ec.message());
  }
  return {};
}

}  // namespace crosscheck
