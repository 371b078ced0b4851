#pragma once
// A small deterministic random source: the standard distributions are not specified to give
// the same numbers on every library, so the demo draws its own from a fixed engine.
#include <cmath>
#include <cstdint>
#include <random>
#include <vector>

namespace banso::demo {

class Random {
 public:
  explicit Random(uint64_t seed) : engine_(seed) {}
  uint64_t Next() { return engine_(); }
  // Uniform in [0, 1).
  double Unit() { return static_cast<double>(Next() >> 11) * (1.0 / 9007199254740992.0); }
  // Uniform integer in [lo, hi].
  long long Between(long long lo, long long hi) {
    return lo + static_cast<long long>(Unit() * static_cast<double>(hi - lo + 1));
  }
  bool Chance(double p) { return Unit() < p; }
  // Standard normal (Box-Muller).
  double Normal() {
    double u1 = Unit(), u2 = Unit();
    if (u1 < 1e-300) u1 = 1e-300;
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
  }
  template <class T>
  const T& Pick(const std::vector<T>& items) {
    return items[Between(0, items.size() - 1)];
  }
  // Index drawn with the given (unnormalised) weights.
  size_t Weighted(const std::vector<double>& weights) {
    double total = 0;
    for (double w : weights) total += w;
    double r = Unit() * total;
    for (size_t i = 0; i < weights.size(); ++i) {
      if (r < weights[i]) return i;
      r -= weights[i];
    }
    return weights.size() - 1;
  }

 private:
  std::mt19937_64 engine_;  // mt19937_64's output sequence is fixed by the standard
};

}  // namespace banso::demo
