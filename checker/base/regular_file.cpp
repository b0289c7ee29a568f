#include "base/regular_file.h"

#include <cerrno>
#include <system_error>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace crosscheck {

namespace {

std::string kind_of(mode_t mode) {
  if (S_ISFIFO(mode)) return "a FIFO (named pipe)";
  if (S_ISSOCK(mode)) return "a socket";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  return "not a regular file";
}

std::string system_message(int error) { return std::error_code(error, std::generic_category()).message(); }

// What a stat says, or nothing when it is a regular file that may be opened.
bool refuse(const struct stat& info, FileRead& out) {
  if (S_ISDIR(info.st_mode)) {
    out.failure = FileRead::Failure::directory;
    return true;
  }
  if (!S_ISREG(info.st_mode)) {
    out.failure = FileRead::Failure::not_regular;
    out.what = kind_of(info.st_mode);
    return true;
  }
  return false;
}

}  // namespace

namespace {

// Opens `path` for reading after the checks; -1 with `out` saying why when refused.
int open_regular(const std::string& path, FileRead& out, std::uintmax_t& size) {
  // Look before opening: opening some devices has effects of its own.
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) {
    out.failure = errno == ENOENT || errno == ENOTDIR ? FileRead::Failure::not_found
                                                       : FileRead::Failure::unreadable;
    out.what = system_message(errno);
    return -1;
  }
  if (refuse(info, out)) return -1;
  // The path may have been replaced since: open without blocking and look again at what was opened.
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
  if (fd < 0) {
    out.failure = errno == ENOENT ? FileRead::Failure::not_found : FileRead::Failure::unreadable;
    out.what = system_message(errno);
    return -1;
  }
  if (::fstat(fd, &info) != 0) {
    out.failure = FileRead::Failure::unreadable;
    out.what = system_message(errno);
    ::close(fd);
    return -1;
  }
  if (refuse(info, out)) {
    ::close(fd);
    return -1;
  }
  size = static_cast<std::uintmax_t>(info.st_size);
  return fd;
}

// read(2) retried on EINTR: bytes read, 0 at the end, -1 on error.
ssize_t read_some(int fd, char* to, std::size_t n) {
  for (;;) {
    const ssize_t got = ::read(fd, to, n);
    if (got >= 0 || errno != EINTR) return got;
  }
}

}  // namespace

FileRead read_regular_file(const std::string& path, std::size_t max_bytes) {
  FileRead out;
  std::uintmax_t size = 0;
  const int fd = open_regular(path, out, size);
  if (fd < 0) return out;
  struct Closer {
    int fd;
    ~Closer() { ::close(fd); }
  } closer{fd};
  if (size > max_bytes) {
    out.failure = FileRead::Failure::too_large;
    out.size = size;
    return out;
  }
  out.bytes.reserve(static_cast<std::size_t>(size));
  char buffer[1 << 16];
  while (true) {
    const ssize_t got = read_some(fd, buffer, sizeof buffer);
    if (got < 0) {
      out.failure = FileRead::Failure::unreadable;
      out.what = system_message(errno);
      out.bytes.clear();
      return out;
    }
    if (got == 0) break;
    out.bytes.append(buffer, static_cast<std::size_t>(got));
    // The file may have grown since it was measured.
    if (out.bytes.size() > max_bytes) {
      out.failure = FileRead::Failure::too_large;
      out.size = out.bytes.size();
      out.bytes.clear();
      return out;
    }
  }
  return out;
}

RegularFileStream::RegularFileStream(const std::string& path) { fd_ = open_regular(path, status_, size_); }

RegularFileStream::~RegularFileStream() {
  if (fd_ >= 0) ::close(fd_);
}

std::size_t RegularFileStream::read(char* to, std::size_t n) {
  if (fd_ < 0) return 0;
  const ssize_t got = read_some(fd_, to, n);
  if (got < 0) {
    status_.failure = FileRead::Failure::unreadable;
    status_.what = system_message(errno);
    ::close(fd_);
    fd_ = -1;
    return 0;
  }
  return static_cast<std::size_t>(got);
}

}  // namespace crosscheck
