#include "cli/report_options.h"

#include "report/atomic_file.h"
#include "report/writers.h"

#include <sstream>

#ifndef CROSSCHECK_VERSION
#define CROSSCHECK_VERSION "0.0.0"
#endif

namespace crosscheck {

void ReportOptions::define(CLI::App& app) {
  std::string formats;
  for (const ReportFormat& f : report_formats()) formats += (formats.empty() ? "" : ", ") + std::string(f.name);
  std::string choices;  // as CLI11 writes a set of choices, so that completions offer them
  for (const ReportFormat& f : report_formats()) choices += (choices.empty() ? "" : ",") + std::string(f.name);
  app.add_option("--report", reports_,
                 "FORMAT[=FILE]: " + formats + "; repeatable (default: console to stdout)")
      ->type_name("{" + choices + "}[=FILE]");
  app.add_option("--color", color_, "colour the console report")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  app.add_flag("--quiet", quiet_, "no console report");
  app.add_flag("--verbose", verbose_, "also passes and the assumptions made");
}

bool ReportOptions::validate(Io& io) const {
  bool ok = true;
  for (const std::string& request : reports_) {
    std::string name = request.substr(0, request.find('='));
    if (!find_report_format(name)) {
      std::string known;
      for (const ReportFormat& f : report_formats()) known += (known.empty() ? "" : ", ") + std::string(f.name);
      io.err << "crosscheck: error: unknown report format '" << name << "'; expected one of: " << known
             << '\n';
      ok = false;
    } else if (request.find('=') != std::string::npos && request.size() == name.size() + 1) {
      io.err << "crosscheck: error: --report " << request << ": no file name after '='\n";
      ok = false;
    }
  }
  return ok;
}

bool ReportOptions::write(const Report& report, Io& io) const {
  std::vector<std::string> requests = reports_;
  if (requests.empty() && !quiet_) requests.push_back("console");
  WriterOptions options;
  options.verbose = verbose_;
  options.tool_version = CROSSCHECK_VERSION;
  bool ok = true;
  for (const std::string& request : requests) {
    std::size_t eq = request.find('=');
    std::string name = request.substr(0, eq);
    const ReportFormat* format = find_report_format(name);
    if (!format) {
      io.err << "crosscheck: error: unknown report format '" << name << "'\n";
      ok = false;
      continue;
    }
    if (eq == std::string::npos) {
      if (quiet_ && name == "console") continue;
      WriterOptions to_stdout = options;
      to_stdout.color = color_ == "always" || (color_ == "auto" && io.out_is_terminal);
      format->write(report, to_stdout, io.out);
      continue;
    }
    std::ostringstream text;
    format->write(report, options, text);
    std::string error = write_file_atomically(request.substr(eq + 1), text.str());
    if (!error.empty()) {
      io.err << "crosscheck: error: " << error << '\n';
      ok = false;
    }
  }
  return ok;
}

}  // namespace crosscheck
