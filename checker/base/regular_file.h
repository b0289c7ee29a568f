// Reading a named file whole, safely: anything but a regular file (a FIFO, a socket, a device) is
// refused before a byte is read, since reading it could block forever or never end, and a file
// over a size limit is refused without being read.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace crosscheck {

struct FileRead {
  enum class Failure { none, not_found, directory, not_regular, too_large, unreadable };
  Failure failure = Failure::none;
  std::string bytes;        // the whole file when failure is none
  std::uintmax_t size = 0;  // too_large: the size found (or the limit passed while reading)
  std::string what;         // not_regular: "a FIFO (named pipe)", "a socket"...; unreadable: why
};

// Opens `path` without blocking (O_NONBLOCK), checks what it is on the open descriptor, then
// reads at most `max_bytes`.
FileRead read_regular_file(const std::string& path, std::size_t max_bytes);

// The same checks, with no size limit: a regular file read in pieces, so that a file of any size
// passes through a buffer of bounded size.
class RegularFileStream {
 public:
  explicit RegularFileStream(const std::string& path);
  ~RegularFileStream();
  RegularFileStream(const RegularFileStream&) = delete;
  RegularFileStream& operator=(const RegularFileStream&) = delete;

  // failure and what (bytes stay empty); failure none once the file is open.
  const FileRead& status() const { return status_; }
  std::uintmax_t size() const { return size_; }
  // Reads up to `n` bytes into `to`: how many, 0 at the end of the file or after an error
  // (status() then says unreadable).
  std::size_t read(char* to, std::size_t n);

 private:
  FileRead status_;
  int fd_ = -1;
  std::uintmax_t size_ = 0;
};

}  // namespace crosscheck
