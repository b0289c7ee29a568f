// crosscheck: finds figures that do not add up across the documents of a story.
#include "cli/app.h"

#include <iostream>

int main(int argc, char** argv) {
  crosscheck::Io io{std::cin, std::cout, std::cerr};
  return crosscheck::run_app(std::vector<std::string>(argv, argv + argc), io);
}
