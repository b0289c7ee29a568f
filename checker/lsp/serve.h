// Runs the server over a byte stream: stdin and stdout for `crosscheck lsp`, any streams in tests.
#pragma once

#include <chrono>
#include <iosfwd>
#include <string>

namespace crosscheck::lsp {

struct ServeOptions {
  std::string version;  // reported in serverInfo
  // Edits are checked once no message has come for this long (debounce).
  std::chrono::milliseconds quiet{200};
};

// Reads messages from file descriptor `in` until `exit` or the end of input, writing responses and
// notifications to `out`. Changed documents are checked after the quiet period. Returns the exit
// status LSP asks for: 0 after shutdown then exit, else 1.
int serve_fd(int in, std::ostream& out, const ServeOptions& options);

// The same over a stream, for tests: changed documents are checked when the stream has no more
// bytes waiting (at once for a std::stringstream holding a whole session).
int serve_stream(std::istream& in, std::ostream& out, const ServeOptions& options);

}  // namespace crosscheck::lsp
