#pragma once

#include "cli/app.h"

#include <sstream>
#include <string>
#include <vector>

// The command line run in-process, as a user would type it after `crosscheck`.
namespace crosscheck {

struct CliRun {
  int status = 0;
  std::string out;
  std::string err;
};

inline CliRun run(std::vector<std::string> args, const std::string& input = "") {
  args.insert(args.begin(), "crosscheck");
  std::istringstream in(input);
  std::ostringstream out, err;
  Io io{in, out, err};
  CliRun r;
  r.status = run_app(args, io);
  r.out = out.str();
  r.err = err.str();
  return r;
}

}  // namespace crosscheck
