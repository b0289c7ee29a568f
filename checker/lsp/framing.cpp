#include "lsp/framing.h"

#include <algorithm>
#include <charconv>

namespace crosscheck::lsp {

namespace {

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return (x >= 'A' && x <= 'Z' ? x + 32 : x) == (y >= 'A' && y <= 'Z' ? y + 32 : y);
         });
}

std::string_view trim_field(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// The Content-Length of a header block (its lines without the empty line that ends it).
std::optional<std::size_t> content_length(std::string_view headers) {
  std::optional<std::size_t> length;
  while (!headers.empty()) {
    std::size_t eol = headers.find('\n');
    std::string_view line = headers.substr(0, eol);
    headers = eol == std::string_view::npos ? std::string_view() : headers.substr(eol + 1);
    std::size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    if (!iequals(trim_field(line.substr(0, colon)), "content-length")) continue;
    std::string_view digits = trim_field(line.substr(colon + 1));
    std::size_t value = 0;
    auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (ec != std::errc() || end != digits.data() + digits.size() || digits.empty()) return std::nullopt;
    length = value;
  }
  return length;
}

}  // namespace

void MessageReader::feed(std::string_view bytes) {
  if (discard_ > 0) {
    std::size_t dropped = std::min(discard_, bytes.size());
    discard_ -= dropped;
    bytes.remove_prefix(dropped);
  }
  buffer_.append(bytes);
}

std::optional<std::string> MessageReader::next() {
  while (true) {
    if (discard_ > 0) {
      std::size_t dropped = std::min(discard_, buffer_.size());
      discard_ -= dropped;
      buffer_.erase(0, dropped);
      if (discard_ > 0) return std::nullopt;
    }
    if (body_size_) {
      if (buffer_.size() < *body_size_) return std::nullopt;
      std::string body = buffer_.substr(0, *body_size_);
      buffer_.erase(0, *body_size_);
      body_size_.reset();
      return body;
    }
    // Headers end at an empty line; a bare \n is accepted as well as \r\n.
    std::size_t end = std::string::npos, after = 0;
    for (std::size_t i = buffer_.find('\n'); i != std::string::npos; i = buffer_.find('\n', i + 1)) {
      std::size_t next = i + 1;
      if (next < buffer_.size() && buffer_[next] == '\n') {
        end = i, after = next + 1;
        break;
      }
      if (next + 1 < buffer_.size() && buffer_[next] == '\r' && buffer_[next + 1] == '\n') {
        end = i, after = next + 2;
        break;
      }
    }
    if (end == std::string::npos) {
      // A header block that never ends would grow without bound: drop it once it is absurd.
      if (buffer_.size() > 64 * 1024) {
        buffer_.clear();
        ++skipped_;
      }
      return std::nullopt;
    }
    std::optional<std::size_t> length = content_length(std::string_view(buffer_).substr(0, end));
    buffer_.erase(0, after);
    if (!length) {
      ++skipped_;
      continue;
    }
    if (*length > max_body_) {
      ++skipped_;
      discard_ = *length;
      continue;
    }
    body_size_ = *length;
  }
}

std::string frame(std::string_view body) {
  std::string out = "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n";
  out.append(body);
  return out;
}

}  // namespace crosscheck::lsp
