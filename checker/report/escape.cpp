#include "report/escape.h"

#include <cstdint>

namespace crosscheck {

namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// Decodes one UTF-8 code point at `i`; an invalid sequence gives -1 and a length of one byte, so
// that it is replaced byte by byte.
std::int32_t decode(std::string_view text, std::size_t i, std::size_t& length) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  unsigned char b = byte(i);
  length = 1;
  if (b < 0x80) return b;
  std::size_t n = b >= 0xF0 && b <= 0xF4 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 && b < 0xE0 ? 2 : 0;
  if (n == 0 || i + n > text.size()) return -1;
  std::int32_t cp = b & (0x7F >> n);
  for (std::size_t k = 1; k < n; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return -1;
    cp = cp << 6 | (byte(i + k) & 0x3F);
  }
  if ((n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
      (cp >= 0xD800 && cp <= 0xDFFF))
    return -1;
  length = n;
  return cp;
}

bool xml_forbidden(std::int32_t cp) {
  return cp < 0 || (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || cp == 0xFFFE ||
         cp == 0xFFFF;
}

// Calls `emit(code_point, bytes)` for every code point; invalid bytes come as -1.
template <typename Emit>
void for_each_code_point(std::string_view text, Emit emit) {
  for (std::size_t i = 0; i < text.size();) {
    std::size_t length = 1;
    std::int32_t cp = decode(text, i, length);
    emit(cp, text.substr(i, length));
    i += length;
  }
}

std::string github_escape(std::string_view text, bool property) {
  std::string out;
  for (char c : sanitise_text(text)) {  // no terminal escapes in the log
    switch (c) {
      case '%': out += "%25"; break;
      case '\r': out += "%0D"; break;
      case '\n': out += "%0A"; break;
      case ':': out += property ? "%3A" : ":"; break;
      case ',': out += property ? "%2C" : ","; break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace

std::string html_escape(std::string_view raw) {
  // HTML parsers read CR LF and lone CR as LF: write LF.
  std::string text;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    if (raw[i] != '\r') text += raw[i];
    else if (i + 1 == raw.size() || raw[i + 1] != '\n') text += '\n';
  }
  std::string out;
  out.reserve(text.size());
  for_each_code_point(text, [&](std::int32_t cp, std::string_view bytes) {
    switch (cp) {
      case '&': out += "&amp;"; return;
      case '<': out += "&lt;"; return;
      case '>': out += "&gt;"; return;
      case '"': out += "&quot;"; return;
      case '\'': out += "&#39;"; return;
      default: break;
    }
    if (xml_forbidden(cp) || (cp >= 0x7F && cp < 0xA0))
      out += kReplacement;
    else
      out += bytes;
  });
  return out;
}

std::string xml_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for_each_code_point(text, [&](std::int32_t cp, std::string_view bytes) {
    switch (cp) {
      case '&': out += "&amp;"; return;
      case '<': out += "&lt;"; return;
      case '>': out += "&gt;"; return;
      case '"': out += "&quot;"; return;
      case '\'': out += "&apos;"; return;
      case '\t': out += "&#9;"; return;
      case '\n': out += "&#10;"; return;
      case '\r': out += "&#13;"; return;
      default: break;
    }
    out += xml_forbidden(cp) ? kReplacement : bytes;
  });
  return out;
}

std::string sanitise_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for_each_code_point(text, [&](std::int32_t cp, std::string_view bytes) {
    out += xml_forbidden(cp) ? kReplacement : bytes;
  });
  return out;
}

std::string xml_cdata(std::string_view text) {
  std::string clean = sanitise_text(text);
  std::string out = "<![CDATA[";
  for (std::size_t i = 0; i < clean.size(); ++i) {
    if (clean.compare(i, 3, "]]>") == 0) {
      out += "]]]]><![CDATA[>";  // ends the section between "]]" and ">"
      i += 2;
    } else if (clean[i] == '\r') {
      // A parser would turn CR and CR LF into LF anyway: say so in the bytes.
      if (i + 1 == clean.size() || clean[i + 1] != '\n') out += '\n';
    } else {
      out += clean[i];
    }
  }
  out += "]]>";
  return out;
}

std::string markdown_escape(std::string_view text) {
  // `-`, `+`, `#`, `>` and digits matter only at the start of a line, where document text never
  // stands; `$` starts GitHub math.
  static constexpr std::string_view kSpecial = "\\`*_[]<>|~&$";
  std::string out;
  for (char c : sanitise_text(text)) {
    if (c == '\n' || c == '\r' || c == '\t') {
      if (out.empty() || out.back() != ' ') out += ' ';
    } else if (kSpecial.find(c) != std::string_view::npos) {
      out += '\\';
      out += c;
    } else {
      out += c;
    }
  }
  return out;
}

std::string github_escape_data(std::string_view text) { return github_escape(text, false); }

std::string github_escape_property(std::string_view text) { return github_escape(text, true); }

std::string uri_from_path(std::string_view path) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (char c : path) {
    auto b = static_cast<unsigned char>(c);
    if (c == '\\') {
      out += '/';
    } else if ((b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') ||
               c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
      out += c;
    } else {
      out += '%';
      out += kHex[b >> 4];
      out += kHex[b & 15];
    }
  }
  return out;
}

}  // namespace crosscheck
