// The rule-file loader from YAML text: the syntax pass, yaml-cpp, then the model builder.
#include "load/rule_builder.h"
#include "load/yaml_file.h"

#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace crosscheck;
  DiagnosticSink sink;
  auto yaml = parse_yaml_text("fuzz.yaml", std::string(reinterpret_cast<const char*>(data), size), sink);
  if (!yaml) return 0;
  build_rule_fragment(*yaml, sink);
  return 0;
}
