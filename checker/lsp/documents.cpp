#include "lsp/documents.h"

#include "lsp/uri.h"

namespace crosscheck::lsp {

Document& Documents::open(const std::string& uri, std::string text, long long version) {
  Document& d = documents_[uri];
  d.uri = uri;
  d.path = path_from_uri(uri).value_or("");
  d.text = std::move(text);
  d.version = version;
  d.stale = true;
  return d;
}

Document* Documents::change(const std::string& uri, const std::vector<TextChange>& changes, long long version,
                            Encoding encoding) {
  Document* d = find(uri);
  if (!d) return nullptr;
  for (const TextChange& change : changes) {
    if (!change.range) {
      d->text = change.text;
      continue;
    }
    TextPositions positions(d->text);
    std::size_t begin = positions.offset(change.range->start, encoding);
    std::size_t end = std::max(begin, positions.offset(change.range->end, encoding));
    d->text.replace(begin, end - begin, change.text);
  }
  d->version = version;
  d->stale = true;
  return d;
}

void Documents::close(const std::string& uri) { documents_.erase(uri); }

Document* Documents::find(const std::string& uri) {
  auto it = documents_.find(uri);
  return it == documents_.end() ? nullptr : &it->second;
}

std::vector<std::string> Documents::stale() const {
  std::vector<std::string> out;
  for (const auto& [uri, d] : documents_)
    if (d.stale) out.push_back(uri);
  return out;
}

}  // namespace crosscheck::lsp
