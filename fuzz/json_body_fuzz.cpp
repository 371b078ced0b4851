// libFuzzer target for the API's JSON body entry point (banso::ParseJsonBody, which every JSON
// route reads its body through): the invariants of fuzz/json_body_invariants.h are checked on
// every input; a violation prints what broke and traps, so libFuzzer keeps the input as a crash.
// Built and run by `make fuzz` (scripts/fuzz.sh).
#include <cstdint>
#include <cstdio>
#include <string_view>

#include "json_body_invariants.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string violations =
      banso::fuzz::CheckJsonBodyInput(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!violations.empty()) {
    std::fprintf(stderr, "JSON body parser invariant violated:\n%s", violations.c_str());
    std::fflush(stderr);
    __builtin_trap();
  }
  return 0;
}
