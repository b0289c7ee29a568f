#include "report/source_verification.h"

#include "base/regular_file.h"
#include "base/sha256.h"

#include <nlohmann/json.hpp>

namespace crosscheck {

namespace {

constexpr std::size_t kMaxReport = std::size_t{256} << 20;
constexpr std::size_t kMaxSource = std::size_t{1} << 30;  // above any source limit: a hash needs no parse

bool is_hex_digest(const std::string& text) {
  if (text.size() != 64) return false;
  for (char c : text)
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  return true;
}

std::string read_problem(const FileRead& file) {
  switch (file.failure) {
    case FileRead::Failure::none: return "";
    case FileRead::Failure::not_found: return "no such file";
    case FileRead::Failure::directory: return "is a directory";
    case FileRead::Failure::not_regular: return "is " + file.what + ", not a regular file";
    case FileRead::Failure::too_large: return "too large to read";
    case FileRead::Failure::unreadable: return "cannot be read: " + file.what;
  }
  return "cannot be read";
}

}  // namespace

std::optional<std::vector<SourceVerification>> verify_report_sources(const std::string& report_path,
                                                                     DiagnosticSink& sink) {
  FileRead file = read_regular_file(report_path, kMaxReport);
  if (file.failure != FileRead::Failure::none) {
    sink.error({report_path}, "cannot read the report: {}", read_problem(file));
    return std::nullopt;
  }
  nlohmann::json json = nlohmann::json::parse(file.bytes, nullptr, false);
  if (json.is_discarded() || !json.is_object() || !json.contains("schema") || !json["schema"].is_string() ||
      !json["schema"].get<std::string>().starts_with("crosscheck.report/") || !json.contains("sources") ||
      !json["sources"].is_array()) {
    sink.error({report_path}, "not a crosscheck JSON report (expected \"schema\": \"crosscheck.report/2\" "
                              "and its sources; write one with --report json=FILE)");
    return std::nullopt;
  }
  const std::string schema = json["schema"].get<std::string>();
  if (schema == "crosscheck.report/1") {
    sink.error({report_path}, "the report ({}) holds no source hashes; make it again with this version", schema);
    return std::nullopt;
  }
  std::vector<SourceVerification> out;
  for (const nlohmann::json& source : json["sources"]) {
    if (!source.is_object() || !source.contains("path") || !source["path"].is_string() || !source.contains("sha256")) {
      sink.error({report_path}, "a source of the report has no path or sha256");
      return std::nullopt;
    }
    if (source["sha256"].is_null()) continue;  // not read when the report was made: nothing to compare
    SourceVerification v;
    v.id = source.contains("id") && source["id"].is_string() ? source["id"].get<std::string>() : "";
    v.path = source["path"].get<std::string>();
    if (!source["sha256"].is_string() || !is_hex_digest(source["sha256"].get<std::string>()) ||
        !source.contains("size") || !source["size"].is_number_unsigned()) {
      sink.error({report_path}, "source '{}': the report's sha256 or size is not valid", v.id);
      return std::nullopt;
    }
    v.expected_sha256 = source["sha256"].get<std::string>();
    v.expected_size = source["size"].get<std::uint64_t>();
    FileRead bytes = read_regular_file(v.path, kMaxSource);
    if (bytes.failure != FileRead::Failure::none) {
      v.problem = read_problem(bytes);
    } else {
      v.actual_sha256 = to_hex(sha256(bytes.bytes));
      v.actual_size = bytes.bytes.size();
      if (v.actual_sha256 != v.expected_sha256 || v.actual_size != v.expected_size) v.problem = "changed";
    }
    out.push_back(std::move(v));
  }
  return out;
}

}  // namespace crosscheck
