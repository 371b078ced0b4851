#pragma once
// CPU-bound loops over shared read-only data on both cores (the machine Banso targets has two):
// a whole-portfolio rescoring splits its accounts between threads. Small loops stay on the
// calling thread, where starting threads would cost more than it saves.
#include <cstddef>
#include <functional>

namespace banso {

// Calls fn(i) for every i in [0, n), in chunks handed to one thread per core when n is
// at least 2 × min_per_thread; returns when every call has returned, rethrowing the first
// exception. fn must be safe to call concurrently for different i.
void ParallelFor(size_t n, const std::function<void(size_t)>& fn, size_t min_per_thread = 4096);

// The CPU time in ms used by the calling thread plus that of the workers its ParallelFor calls
// started: the cost of a piece of work, whichever threads did it.
double ThreadAndWorkersCpuMs();

}  // namespace banso
