// libFuzzer target for the Segment HTTP Tracking API body parser (src/events/segment_parser.cpp):
// every input is parsed as a batch and as single messages, and the invariants of
// fuzz/segment_invariants.h are checked; a violation prints what broke and traps, so libFuzzer
// keeps the input as a crash. Built and run by `make fuzz` (scripts/fuzz.sh).
#include <cstdint>
#include <cstdio>
#include <string_view>

#include "segment_invariants.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string violations =
      banso::fuzz::CheckSegmentInput(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!violations.empty()) {
    std::fprintf(stderr, "segment parser invariant violated:\n%s", violations.c_str());
    std::fflush(stderr);
    __builtin_trap();
  }
  return 0;
}
