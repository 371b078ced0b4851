#include "core/memory.h"

#include <jemalloc/jemalloc.h>

#include <string>

namespace banso {

void ReturnFreeMemoryToSystem() {
  static const std::string purge_all = "arena." + std::to_string(MALLCTL_ARENAS_ALL) + ".purge";
  mallctl(purge_all.c_str(), nullptr, nullptr, nullptr, 0);
}

}  // namespace banso
