#include "revenue/ltv.h"

#include <array>
#include <cmath>
#include <limits>
#include <string>

#include "core/error.h"

namespace banso::revenue {
namespace {

// Σ_k (b)_k / (c)_k · z^k, i.e. ₂F₁(1, b; c; z), for 0 ≤ z < 1 and b < c: the terms fall
// at least as fast as z^k.
double Hypergeometric1(double b, double c, double z) {
  double sum = 0, term = 1;
  for (int k = 0; k < 1'000'000 && term > 1e-17 * sum; ++k) {
    sum += term;
    term *= (b + k) / (c + k) * z;
  }
  return sum;
}

// The log-likelihood of (α, β) for a cohort's survival shares (Fader & Hardie 2007, eq. 6):
// the share leaving at each period weighs ln P(T = t), the share left at the end ln S(n).
double LogLikelihood(double alpha, double beta, const std::vector<double>& survival) {
  double ll = 0;
  double p = alpha / (alpha + beta);  // P(T = 1)
  for (size_t t = 1; t < survival.size(); ++t) {
    if (t > 1) p *= (beta + t - 2) / (alpha + beta + t - 1);
    double left = survival[t - 1] - survival[t];
    if (left > 0) ll += left * std::log(p);
  }
  // S(n) as a product, free of the cancellation in 1 − Σ P(T = t).
  double survived = 1;
  for (size_t t = 1; t < survival.size(); ++t) survived *= (beta + t - 1) / (alpha + beta + t - 1);
  return ll + survival.back() * std::log(survived);
}

void CheckSurvival(const std::vector<double>& survival) {
  if (survival.size() < 3)
    throw Invalid("survival", "needs at least 3 points (the start and two periods), got " +
                                  std::to_string(survival.size()));
  for (size_t t = 0; t < survival.size(); ++t) {
    double s = survival[t];
    std::string at = "point " + std::to_string(t + 1) + " (" + std::to_string(s) + ")";
    if (!std::isfinite(s) || s <= 0 || s > 1)
      throw Invalid("survival", at + " must be above 0 and at most 1");
    if (t == 0 && s != 1)
      throw Invalid("survival", "must start at 1: the whole cohort is a customer at the start");
    if (t > 0 && s > survival[t - 1])
      throw Invalid("survival", at + " rises: a cohort's survival can only fall");
  }
}

}  // namespace

std::vector<double> SbgModel::Survival(int periods) const {
  std::vector<double> s{1};
  for (int t = 1; t <= periods; ++t) s.push_back(s.back() * RetentionRate(t));
  return s;
}

double SbgModel::RetentionRate(int period) const {
  return (beta + period - 1) / (alpha + beta + period - 1);
}

double SbgModel::DiscountedExpectedLifetime(double discount) const {
  return Hypergeometric1(beta, alpha + beta, 1 / (1 + discount));
}

double SbgModel::DiscountedExpectedResidualLifetime(double discount, int renewals) const {
  double n = renewals + 1;
  return (beta + n - 1) / (alpha + beta + n - 1) *
         Hypergeometric1(beta + n, alpha + beta + n, 1 / (1 + discount));
}

// Nelder–Mead on (ln α, ln β): two parameters and a smooth likelihood, so the simplex
// converges in a few hundred steps to far below the paper's three decimals.
SbgModel FitSbg(const std::vector<double>& survival) {
  CheckSurvival(survival);
  using Point = std::array<double, 2>;
  auto cost = [&](const Point& x) {
    double value = -LogLikelihood(std::exp(x[0]), std::exp(x[1]), survival);
    return std::isfinite(value) ? value : std::numeric_limits<double>::infinity();
  };
  std::array<Point, 3> simplex = {Point{0, 0}, Point{1, 0}, Point{0, 1}};
  std::array<double, 3> f{};
  for (int i = 0; i < 3; ++i) f[i] = cost(simplex[i]);
  for (int step = 0; step < 20'000; ++step) {
    // Order best, middle, worst.
    for (int i = 0; i < 2; ++i)
      for (int j = 0; j < 2 - i; ++j)
        if (f[j] > f[j + 1]) {
          std::swap(f[j], f[j + 1]);
          std::swap(simplex[j], simplex[j + 1]);
        }
    double size =
        std::max(std::abs(simplex[2][0] - simplex[0][0]) + std::abs(simplex[2][1] - simplex[0][1]),
                 std::abs(simplex[1][0] - simplex[0][0]) + std::abs(simplex[1][1] - simplex[0][1]));
    if (size < 1e-12) break;
    Point centre = {(simplex[0][0] + simplex[1][0]) / 2, (simplex[0][1] + simplex[1][1]) / 2};
    auto along = [&](double k) {
      return Point{centre[0] + k * (simplex[2][0] - centre[0]),
                   centre[1] + k * (simplex[2][1] - centre[1])};
    };
    Point reflected = along(-1);
    double fr = cost(reflected);
    if (fr < f[0]) {
      Point expanded = along(-2);
      double fe = cost(expanded);
      simplex[2] = fe < fr ? expanded : reflected;
      f[2] = std::min(fe, fr);
    } else if (fr < f[1]) {
      simplex[2] = reflected;
      f[2] = fr;
    } else {
      Point contracted = fr < f[2] ? along(-0.5) : along(0.5);
      double fc = cost(contracted);
      if (fc < std::min(fr, f[2])) {
        simplex[2] = contracted;
        f[2] = fc;
      } else {  // shrink towards the best
        for (int i = 1; i < 3; ++i) {
          simplex[i] = {(simplex[i][0] + simplex[0][0]) / 2, (simplex[i][1] + simplex[0][1]) / 2};
          f[i] = cost(simplex[i]);
        }
      }
    }
  }
  int best = f[0] <= f[1] && f[0] <= f[2] ? 0 : f[1] <= f[2] ? 1 : 2;
  return {std::exp(simplex[best][0]), std::exp(simplex[best][1])};
}

}  // namespace banso::revenue
