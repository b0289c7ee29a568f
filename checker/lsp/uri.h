// file: URIs (RFC 8089) as LSP clients send them, to and from paths.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace crosscheck::lsp {

// The path of a file: URI (percent-decoded; an authority of "localhost" or none); nullopt for
// any other scheme or a malformed escape.
std::optional<std::string> path_from_uri(std::string_view uri);

// The file: URI of a path, made absolute, every byte but unreserved ones and '/' escaped.
std::string uri_from_path(std::string_view path);

}  // namespace crosscheck::lsp
