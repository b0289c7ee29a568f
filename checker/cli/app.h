// The command line as a function: argv in, exit status out, so tests run it in-process.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace crosscheck {

struct Io {
  std::istream& in;
  std::ostream& out;
  std::ostream& err;
  bool out_is_terminal = false;
};

// Exit status: 0 nothing failed at or above --fail-on; 1 something did; 2 usage or input error.
int run_app(const std::vector<std::string>& args, Io& io);

}  // namespace crosscheck
