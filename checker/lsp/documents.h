// The rule files a client has open: their unsaved text by URI, and which need checking again.
#pragma once

#include "lsp/positions.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace crosscheck::lsp {

struct Document {
  std::string uri;
  std::string path;  // the file the URI names; empty for a URI that is not a file
  std::string text;
  long long version = 0;
  bool stale = true;  // changed since it was last checked
};

// An edit of textDocument/didChange: the whole text, or a range replaced.
struct TextChange {
  std::optional<LspRange> range;
  std::string text;
};

class Documents {
 public:
  Document& open(const std::string& uri, std::string text, long long version);
  // nullptr when the URI is not open.
  Document* change(const std::string& uri, const std::vector<TextChange>& changes, long long version,
                   Encoding encoding);
  void close(const std::string& uri);
  Document* find(const std::string& uri);
  // The URIs of documents changed since they were last checked, in URI order.
  std::vector<std::string> stale() const;

 private:
  std::map<std::string, Document> documents_;
};

}  // namespace crosscheck::lsp
