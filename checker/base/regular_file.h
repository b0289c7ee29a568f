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

}  // namespace crosscheck
