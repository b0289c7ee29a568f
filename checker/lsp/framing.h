// JSON-RPC messages over a byte stream, framed as LSP frames them: `Content-Length: N` headers,
// an empty line, then N bytes of JSON.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace crosscheck::lsp {

// Cuts a stream of bytes, fed in pieces of any size, into message bodies. Malformed headers are
// skipped up to the end of their header block; a body larger than `max_body` is discarded as it
// arrives, so no input can make the reader hold more than that.
class MessageReader {
 public:
  explicit MessageReader(std::size_t max_body = std::size_t{64} << 20) : max_body_(max_body) {}

  void feed(std::string_view bytes);
  // The next complete body, or nullopt when more bytes are needed.
  std::optional<std::string> next();
  // Header blocks skipped for lack of a valid Content-Length, and bodies discarded as too large.
  std::size_t skipped() const { return skipped_; }
  // True when bytes of an unfinished message are waiting.
  bool partial() const { return !buffer_.empty() || discard_ > 0; }

 private:
  std::size_t max_body_;
  std::string buffer_;
  std::optional<std::size_t> body_size_;  // headers read, waiting for the body
  std::size_t discard_ = 0;               // bytes of a too large body still to drop
  std::size_t skipped_ = 0;
};

// A body with its header, ready to write.
std::string frame(std::string_view body);

}  // namespace crosscheck::lsp
