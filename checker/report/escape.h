// Escaping of document text for the report formats: HTML, XML (JUnit), Markdown, GitHub commands, URIs.
#pragma once

#include <string>
#include <string_view>

namespace crosscheck {

// HTML text and attribute values: & < > " ' as character references; CR LF and CR become LF;
// other C0 and C1 controls but tab and LF (and invalid UTF-8) become U+FFFD.
std::string html_escape(std::string_view text);

// XML 1.0 character data and attribute values: & < > " ' as references; characters XML 1.0
// forbids (controls other than tab/LF/CR, U+FFFE, U+FFFF) and invalid UTF-8 become U+FFFD; tab,
// LF and CR are written as references so that attribute normalisation keeps them.
std::string xml_escape(std::string_view text);

// A CDATA section holding `text`: "]]>" is split across two sections; forbidden characters are
// replaced as in xml_escape; CR LF and CR become LF, as a parser would read them.
std::string xml_cdata(std::string_view text);

// Inline Markdown (GitHub flavoured): every character that could start markup mid-line (\ ` * _ [
// ] < > | ~ & $) is backslash-escaped and line breaks become spaces; safe inside table cells, not
// at the start of a line.
std::string markdown_escape(std::string_view text);

// GitHub workflow command data (the message): % CR LF percent-encoded.
std::string github_escape_data(std::string_view text);
// GitHub workflow command property values: as data, and also ':' and ','.
std::string github_escape_property(std::string_view text);

// A relative path as a URI reference (RFC 3986): '\' becomes '/', every byte outside the
// unreserved set and '/' is percent-encoded.
std::string uri_from_path(std::string_view path);

// Text with invalid UTF-8 and the controls XML 1.0 forbids replaced by U+FFFD (for JSON formats
// whose readers choke on them too).
std::string sanitise_text(std::string_view text);

}  // namespace crosscheck
