#include "core/parallel.h"

#include <time.h>

#include <algorithm>
#include <atomic>
#include <exception>
#include <thread>
#include <vector>

namespace banso {
namespace {

thread_local double workers_cpu_ms = 0;

double ThreadCpuMs() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

}  // namespace

void ParallelFor(size_t n, const std::function<void(size_t)>& fn, size_t min_per_thread) {
  const size_t cores = std::max(1u, std::thread::hardware_concurrency());
  const size_t threads = std::min(cores, n / std::max<size_t>(min_per_thread, 1));
  if (threads <= 1) {
    for (size_t i = 0; i < n; ++i) fn(i);
    return;
  }
  std::vector<std::exception_ptr> errors(threads);
  std::vector<double> cpu(threads, 0);
  // Handed out in small chunks rather than one half each: on a shared machine one core is often
  // busy elsewhere for a while, and the other then takes on more of the work instead of waiting.
  const size_t chunk = std::max<size_t>(64, n / (threads * 64));
  std::atomic<size_t> next{0};
  auto run = [&](size_t t) {
    try {
      for (size_t begin; (begin = next.fetch_add(chunk, std::memory_order_relaxed)) < n;)
        for (size_t i = begin; i < std::min(n, begin + chunk); ++i) fn(i);
    } catch (...) {
      errors[t] = std::current_exception();
      next = n;  // the others stop at their next chunk
    }
  };
  std::vector<std::thread> pool;
  for (size_t t = 1; t < threads; ++t)
    pool.emplace_back([&, t] {
      run(t);
      cpu[t] = ThreadCpuMs();  // a new thread: all of its CPU time is this range's
    });
  run(0);
  for (auto& th : pool) th.join();
  for (size_t t = 1; t < threads; ++t) workers_cpu_ms += cpu[t];
  for (const auto& e : errors)
    if (e) std::rethrow_exception(e);
}

double ThreadAndWorkersCpuMs() { return ThreadCpuMs() + workers_cpu_ms; }

}  // namespace banso
