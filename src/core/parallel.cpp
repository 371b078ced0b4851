#include "core/parallel.h"

#include <time.h>

#include <algorithm>
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
  auto run = [&](size_t t) {
    try {
      for (size_t i = t * n / threads; i < (t + 1) * n / threads; ++i) fn(i);
    } catch (...) {
      errors[t] = std::current_exception();
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
