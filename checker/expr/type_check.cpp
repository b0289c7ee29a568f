#include "expr/type_check.h"

#include "base/edit_distance.h"
#include "base/regular_file.h"
#include "expr/functions.h"
#include "figures/extractor.h"

#include <fmt/format.h>


namespace crosscheck::expr {

namespace {

class Checker {
 public:
  Checker(const std::map<std::string, ClaimInfo>& claims, const std::string& currency)
      : claims_(claims), currency_(currency) {}

  std::optional<Type> infer(Node& node) {
    switch (node.kind) {
      case Node::Kind::number: return Type::of(Dim::number);
      case Node::Kind::date: return Type::of(Dim::date);
      case Node::Kind::figure: {
        auto figure = parse_figure_literal(node.text);
        if (!figure)
          return error(node.begin, fmt::format("'{}' is not a figure; expected a number with its "
                                               "unit, such as '28.6 billion yen' or '8 vessels'",
                                               node.text));
        Type t = type_of(*figure);
        if (t.dim == Dim::count) t.unit.clear();  // the engine folds synonyms (ship, vessel)
        return t;
      }
      case Node::Kind::claim: return claim(node);
      case Node::Kind::unary: {
        auto operand = infer(node.args[0]);
        if (!operand) return std::nullopt;
        Rule rule = unary_rule(node.op, *operand);
        if (!rule.ok()) return error(node.op_at, rule.error);
        return rule.result;
      }
      case Node::Kind::binary: {
        auto left = infer(node.args[0]);
        if (!left) return std::nullopt;
        auto right = infer(node.args[1]);
        if (!right) return std::nullopt;
        Rule rule = binary_rule(node.op, *left, *right, currency_);
        if (!rule.ok()) return error(node.op_at, rule.error);
        return rule.result;
      }
      case Node::Kind::call: return call(node);
    }
    return std::nullopt;
  }

  std::optional<TypeError> error_;

 private:
  std::nullopt_t error(std::size_t offset, std::string message) {
    if (!error_) error_ = TypeError{offset, std::move(message)};
    return std::nullopt;
  }

  std::optional<Type> claim(const Node& node) {
    auto it = claims_.find(node.text);
    if (it == claims_.end()) {
      std::vector<std::string_view> names;
      for (const auto& [id, info] : claims_) names.push_back(id);
      // A function name without its parentheses reads as a claim.
      if (find_function(node.text))
        return error(node.begin, fmt::format("'{}' is a function; expected '(' after it", node.text));
      auto near = nearest(node.text, names);
      return error(node.begin, near ? fmt::format("unknown claim '{}'; did you mean '{}'?", node.text, *near)
                                    : fmt::format("unknown claim '{}'", node.text));
    }
    const ClaimInfo& info = it->second;
    if (!node.source.empty()) {
      std::size_t count = std::count(info.sources.begin(), info.sources.end(), node.source);
      std::size_t at = node.begin + node.text.size() + 1;
      if (count == 0) {
        std::vector<std::string_view> names(info.sources.begin(), info.sources.end());
        auto near = nearest(node.source, names);
        std::string listed;
        for (const std::string& s : info.sources)
          if (listed.find("'" + s + "'") == std::string::npos) listed += (listed.empty() ? "'" : ", '") + s + "'";
        return error(at, fmt::format("claim '{}' has no mention in '{}'{}", node.text, node.source,
                                     near ? fmt::format("; did you mean '{}'?", *near)
                                          : listed.empty() ? std::string("; it has no mentions")
                                                           : fmt::format("; expected one of: {}", listed)));
      }
      if (count > 1)
        return error(at, fmt::format("claim '{}' has {} mentions in '{}'; '{}.{}' needs exactly one",
                                     node.text, count, node.source, node.text, node.source));
    }
    return info.type;
  }

  std::optional<Type> call(Node& node) {
    const Function* f = find_function(node.text);
    if (!f) {
      std::vector<std::string_view> names;
      for (const Function& fn : functions()) names.push_back(fn.name);
      auto near = nearest(node.text, names);
      std::string all;
      for (const Function& fn : functions()) all += (all.empty() ? "" : ", ") + std::string(fn.name);
      return error(node.begin, near ? fmt::format("unknown function '{}'; did you mean '{}'?", node.text, *near)
                                    : fmt::format("unknown function '{}'; expected one of: {}", node.text, all));
    }
    node.function = f;
    if (node.args.size() < f->min_args || node.args.size() > f->max_args) {
      std::string count = f->min_args == f->max_args ? fmt::format("{}", f->min_args)
                          : f->max_args > 3          ? fmt::format("at least {}", f->min_args)
                                                     : fmt::format("{} or {}", f->min_args, f->max_args);
      return error(node.begin, fmt::format("{}() takes {} argument{}, found {}; expected {}", f->name, count,
                                           count == "1" ? "" : "s", node.args.size(), f->signature));
    }
    std::vector<Type> types;
    for (std::size_t i = 0; i < node.args.size(); ++i) {
      if (f->text_args & (1u << i)) {
        types.push_back(Type::of(Dim::unknown));
        continue;
      }
      auto t = infer(node.args[i]);
      if (!t) return std::nullopt;
      if (t->dim == Dim::boolean)
        return error(node.args[i].begin, fmt::format("expected an amount as argument {} of {}, found a condition", i + 1, f->signature));
      types.push_back(*t);
    }
    Typed typed = f->type(node.args, types, currency_);
    if (!typed.error.empty())
      return error(node.args[typed.bad_arg].begin, fmt::format("{}: {}", f->signature, typed.error));
    return typed.result;
  }

  const std::map<std::string, ClaimInfo>& claims_;
  const std::string& currency_;
};

std::size_t code_points(std::string_view text) {
  std::size_t n = 0;
  for (char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// Byte offset of a 1-based line and code-point column in `text`; nullopt when out of range.
std::optional<std::size_t> byte_at(std::string_view text, std::size_t line, std::size_t column) {
  std::size_t i = 0;
  for (std::size_t l = 1; l < line; ++l) {
    i = text.find('\n', i);
    if (i == std::string_view::npos) return std::nullopt;
    ++i;
  }
  for (std::size_t c = 1; c < column; ++c) {
    if (i >= text.size() || text[i] == '\n') return std::nullopt;
    ++i;
    while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++i;
  }
  return i;
}

Location location_of(std::string_view text, std::size_t offset, const std::string& file) {
  Location at{file, 1, 1};
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i)
    if (text[i] == '\n') {
      ++at.line;
      line_start = i + 1;
    }
  at.column = 1 + code_points(text.substr(line_start, offset - line_start));
  return at;
}

// Walks the scalar as YAML wrote it in the file and as the loader read it, side by side: folded
// line breaks, indentation and escapes ('' in single quotes, \x in double quotes) take more bytes
// in the file than in the expression.
std::optional<std::size_t> align(std::string_view file, std::size_t start, std::string_view expr,
                                 std::size_t offset) {
  auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  std::size_t p = start;
  std::size_t i = 0;
  while (i < offset) {
    if (p >= file.size()) return std::nullopt;
    if (file[p] == expr[i]) {
      if (expr[i] == '\'' && p + 1 < file.size() && file[p + 1] == '\'' &&
          (i + 1 >= expr.size() || expr[i + 1] != '\'')) {
        p += 2;  // '' in a single-quoted scalar
      } else {
        ++p;
      }
      ++i;
    } else if (blank(expr[i]) && blank(file[p])) {
      while (i < offset && blank(expr[i])) ++i;
      while (p < file.size() && blank(file[p])) ++p;
    } else if (blank(file[p])) {
      while (p < file.size() && blank(file[p])) ++p;  // a break folded to nothing
    } else if (file[p] == '\\' && p + 1 < file.size()) {
      p += 2;  // an escape in a double-quoted scalar
      ++i;
    } else {
      return std::nullopt;
    }
  }
  return p;
}

}  // namespace

std::optional<TypeError> check_types(Node& root, const std::map<std::string, ClaimInfo>& claims,
                                     const std::string& currency, Type* result) {
  Checker checker(claims, currency);
  auto type = checker.infer(root);
  if (!type) return checker.error_;
  if (type->dim != Dim::boolean)
    return TypeError{root.begin, fmt::format("expected a condition (a comparison such as a == b), "
                                             "found {}", describe(*type))};
  if (result) *result = *type;
  return std::nullopt;
}

std::map<std::string, ClaimInfo> claim_infos(const RuleFile& rules) {
  std::map<std::string, ClaimInfo> out;
  for (const ClaimDecl& claim : rules.claims) {
    ClaimInfo info;
    std::vector<const std::string*> literals;
    if (claim.value) literals.push_back(&*claim.value);
    for (const MentionDecl& m : claim.mentions) {
      info.sources.push_back(m.source);
      if (m.value) literals.push_back(&*m.value);
    }
    for (const std::string* literal : literals) {
      if (auto figure = parse_figure_literal(*literal)) {
        info.type = type_of(*figure);
        if (info.type.dim == Dim::count) info.type.unit.clear();
        // Money of any currency meets in the rule file's; the currency itself does not matter here.
        break;
      }
    }
    out.emplace(claim.id, std::move(info));
  }
  return out;
}

Location locate(const CheckDecl& check, std::size_t offset, std::string_view file_text) {
  std::string_view expr = check.expect;
  offset = std::min(offset, expr.size());
  const Location& start = check.expect_where;
  if (!file_text.empty() && start.line > 0) {
    if (auto begin = byte_at(file_text, start.line, start.column))
      if (auto p = align(file_text, *begin, expr, offset)) return location_of(file_text, *p, start.file);
  }
  // Without the file: the expression as one line from where it starts.
  Location at = start;
  std::string_view before = expr.substr(0, offset);
  std::size_t newline = before.rfind('\n');
  if (newline == std::string_view::npos) {
    at.column = start.column + code_points(before);
  } else {
    at.line = start.line + static_cast<std::size_t>(std::count(before.begin(), before.end(), '\n'));
    at.column = 1 + code_points(before.substr(newline + 1));
  }
  return at;
}

}  // namespace crosscheck::expr

namespace crosscheck {

namespace {

// The rule file again, only to place a message; it was a regular file when it was loaded.
std::string read_text(const std::string& path) { return read_regular_file(path, std::size_t{8} << 20).bytes; }

}  // namespace

void check_expressions(const RuleFile& rules, DiagnosticSink& sink) {
  auto claims = expr::claim_infos(rules);
  std::map<std::string, std::string> files;  // each rule file read once, only when needed
  for (const CheckDecl& check : rules.checks) {
    auto report = [&](std::size_t offset, const std::string& message) {
      const std::string& path = check.expect_where.file;
      auto it = files.find(path);
      if (it == files.end()) it = files.emplace(path, path.empty() ? std::string() : read_text(path)).first;
      sink.error(expr::locate(check, offset, it->second), "check '{}': {}", check.id, message);
    };
    if (check.expect.empty()) continue;  // the loader has said so
    expr::Parsed parsed = expr::parse_expression(check.expect);
    if (parsed.error) {
      report(parsed.error->offset, parsed.error->message);
      continue;
    }
    if (auto error = expr::check_types(*parsed.root, claims, rules.defaults.currency))
      report(error->offset, error->message);
  }
}

void check_expressions(const std::vector<RuleFile>& rules, DiagnosticSink& sink) {
  for (const RuleFile& file : rules) check_expressions(file, sink);
}

}  // namespace crosscheck
