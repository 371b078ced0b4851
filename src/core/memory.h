#pragma once
// The process's allocator is jemalloc (cmake/Dependencies.cmake). It hands freed pages back to
// the system on its own after ~10 s; a large release (a bulk of usage cells packed, a
// checkpoint loaded) asks for it at once, so that the resident size shows the state kept.

namespace banso {

void ReturnFreeMemoryToSystem();

}  // namespace banso
