#include "report/atomic_file.h"

#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include <fcntl.h>
#include <unistd.h>

namespace crosscheck {

namespace {

std::string system_error(const std::string& path) { return fmt::format("{}: cannot write: {}", path, std::strerror(errno)); }

// Writes all of `content` to `fd` and makes it durable; false with errno set on failure.
bool write_all(int fd, std::string_view content) {
  while (!content.empty()) {
    const ssize_t wrote = ::write(fd, content.data(), content.size());
    if (wrote < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    content.remove_prefix(static_cast<std::size_t>(wrote));
  }
  return ::fsync(fd) == 0;
}

}  // namespace

std::string write_file_atomically(const std::string& path, std::string_view content) {
  std::filesystem::path target(path);
  std::error_code ec;
  if (std::filesystem::is_directory(target, ec))
    return fmt::format("{}: is a directory, expected a file", path);
  const std::string temp = fmt::format("{}.{}.tmp", path, static_cast<long>(::getpid()));
  const std::string dir = target.parent_path().empty() ? "." : target.parent_path().string();

  // An unnamed file in the target's folder (O_TMPFILE): a process killed while writing leaves no
  // file behind. It gets a name only when whole, for the moment before the rename.
  int fd = ::open(dir.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666);
  if (fd >= 0) {
    if (!write_all(fd, content)) {
      std::string error = system_error(path);
      ::close(fd);
      return error;
    }
    const std::string self = fmt::format("/proc/self/fd/{}", fd);
    std::remove(temp.c_str());  // left by an earlier process of the same id
    const bool named = ::linkat(AT_FDCWD, self.c_str(), AT_FDCWD, temp.c_str(), AT_SYMLINK_FOLLOW) == 0;
    ::close(fd);
    if (!named) fd = -1;  // no /proc: write a named file instead
  }
  if (fd < 0) {
    // A file system without unnamed files.
    fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    if (fd < 0) return system_error(path);
    if (!write_all(fd, content)) {
      std::string error = system_error(path);
      ::close(fd);
      std::remove(temp.c_str());
      return error;
    }
    ::close(fd);
  }
  std::filesystem::rename(temp, target, ec);
  if (ec) {
    std::remove(temp.c_str());
    return fmt::format("{}: cannot write: {}", path, ec.message());
  }
  return {};
}

}  // namespace crosscheck
