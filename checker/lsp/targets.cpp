#include "lsp/targets.h"

#include "lsp/positions.h"
#include "lsp/yaml_extent.h"

namespace crosscheck::lsp {

namespace {

class Finder {
 public:
  Finder(const Analysis& a, std::size_t offset) : a_(a), positions_(a.text), offset_(offset) {}

  // The bytes of a key or scalar the loader located at `where`, if the cursor is in them.
  bool hit(const Location& where, bool scalar, std::size_t& begin, std::size_t& end) const {
    if (where.file != a_.path || where.line == 0) return false;
    begin = positions_.offset_of_column(where.line, where.column);
    end = scalar ? scalar_end(a_.text, begin) : key_end(a_.text, begin);
    return begin <= offset_ && offset_ <= end;
  }

  Target find() const {
    Target t;
    if (!a_.rules) return t;
    std::size_t begin = 0, end = 0;
    for (const ClaimDecl& c : a_.rules->claims) {
      if (hit(c.where, false, begin, end)) return {Target::Kind::claim, &c, 0, nullptr, c.id, begin, end};
      for (std::size_t i = 0; i < c.mentions.size(); ++i) {
        const MentionDecl& m = c.mentions[i];
        if (hit(m.quote_where, true, begin, end)) return {Target::Kind::quote, &c, i, nullptr, "", begin, end};
        if (hit(m.source_where, false, begin, end))
          return {Target::Kind::source, nullptr, 0, a_.source(m.source), m.source, begin, end};
      }
      if (c.value && hit(c.value_where, true, begin, end))
        return {Target::Kind::value, &c, c.mentions.size(), nullptr, "", begin, end};
    }
    for (const SourceDecl& s : a_.rules->sources) {
      if (hit(s.where, false, begin, end) || hit(s.path_where, true, begin, end))
        return {Target::Kind::source, nullptr, 0, &s, s.id, begin, end};
    }
    for (const CheckDecl& c : a_.rules->checks) {
      if (!hit(c.expect_where, true, begin, end)) continue;
      Word word = word_at(a_.text, offset_);
      if (word.empty()) return t;
      std::string id(a_.text.substr(word.begin, word.end - word.begin));
      return {Target::Kind::claim, a_.claim(id), 0, nullptr, id, word.begin, word.end};
    }
    return t;
  }

 private:
  const Analysis& a_;
  TextPositions positions_;
  std::size_t offset_;
};

}  // namespace

Target target_at(const Analysis& analysis, std::size_t offset) { return Finder(analysis, offset).find(); }

}  // namespace crosscheck::lsp
