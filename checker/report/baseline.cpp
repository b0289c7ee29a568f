#include "report/baseline.h"

#include "base/regular_file.h"
#include "engine/fingerprint.h"
#include "report/json_out.h"

#include <nlohmann/json.hpp>

#include <map>
#include <sstream>

namespace crosscheck {

std::optional<Baseline> read_baseline(const std::string& path, DiagnosticSink& sink) {
  // A baseline is a list of fingerprints; a pipe or a device could block or never end.
  FileRead file = read_regular_file(path, std::size_t{64} << 20);
  if (file.failure == FileRead::Failure::not_regular) {
    sink.error({path}, "cannot read the baseline file: it is {}, not a regular file", file.what);
    return std::nullopt;
  }
  if (file.failure == FileRead::Failure::too_large) {
    sink.error({path}, "cannot read the baseline file: {} bytes, the limit is 64 MiB", file.size);
    return std::nullopt;
  }
  if (file.failure != FileRead::Failure::none) {
    sink.error({path}, "cannot read the baseline file");
    return std::nullopt;
  }
  nlohmann::json json = nlohmann::json::parse(file.bytes, nullptr, false);
  if (json.is_discarded() || !json.is_object() || json.value("schema", "") != "crosscheck.baseline/1" ||
      !json.contains("findings") || !json["findings"].is_array()) {
    sink.error({path}, "not a crosscheck baseline (expected JSON with \"schema\": \"crosscheck.baseline/1\")");
    return std::nullopt;
  }
  Baseline baseline;
  for (const auto& entry : json["findings"])
    if (entry.is_object() && entry.contains("fingerprint") && entry["fingerprint"].is_string())
      baseline.fingerprints.insert(entry["fingerprint"].get<std::string>());
  return baseline;
}

std::string baseline_text(const Report& report) {
  std::map<std::string, const Finding*> failing;
  for (const Finding& f : report.findings)
    if (f.status != Status::pass && !f.waived) failing.emplace(fingerprint(f), &f);
  std::ostringstream out;
  JsonOut json(out);
  json.begin_object();
  json.key("schema").string("crosscheck.baseline/1");
  json.key("findings").begin_array();
  for (const auto& [print, f] : failing) {
    json.begin_object();
    json.key("fingerprint").string(print);
    json.key("check").string(f->check);
    json.key("kind").string(f->kind);
    json.key("status").string(to_string(f->status));
    json.key("message").string(f->message);
    json.end_object();
  }
  json.end_array();
  json.end_object();
  json.finish();
  return out.str();
}

void apply_baseline(Report& report, const Baseline& baseline) {
  for (Finding& f : report.findings)
    if (f.status != Status::pass && !f.waived && baseline.fingerprints.count(fingerprint(f)))
      f.baselined = true;
  report.summary = summarise(report.findings);
}

}  // namespace crosscheck
