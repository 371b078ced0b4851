#pragma once
// Customer lifetime by the shifted-beta-geometric (sBG) model: P. S. Fader and B. G. S. Hardie,
// "How to Project Customer Retention", Journal of Interactive Marketing 21(1), 2007, and, for the
// discounted lifetimes, "Customer-Base Valuation in a Contractual Setting: The Perils of Ignoring
// Heterogeneity", Marketing Science 29(1), 2010.
//
// Each customer renews at the end of every period with their own probability 1 − θ, and θ is
// beta(α, β) distributed across customers: retention rises with tenure because the customers
// most likely to leave leave first. S(t) = B(α, β + t) / B(α, β) is the share still a customer
// after t renewal decisions; P(T = t) = S(t − 1) − S(t) the share that leaves at the t-th.
#include <vector>

namespace banso::revenue {

struct SbgModel {
  double alpha = 0;
  double beta = 0;

  // S(t) for t = 0..periods (S(0) = 1).
  std::vector<double> Survival(int periods) const;
  // The share of those still customers after period t − 1 that renew at the end of period t.
  double RetentionRate(int period) const;
  // Discounted expected lifetime of a new customer, in payments (one a period, the first now
  // and undiscounted): Σ S(t) / (1 + d)^t = ₂F₁(1, β; α + β; 1 / (1 + d)).
  double DiscountedExpectedLifetime(double discount) const;
  // Discounted expected residual lifetime, in payments, of a customer who has made
  // `renewals` renewals and now decides on the next (Fader & Hardie 2010, eq. 6):
  // (β + n − 1) / (α + β + n − 1) · ₂F₁(1, β + n; α + β + n; 1 / (1 + d)) with n = renewals + 1.
  double DiscountedExpectedResidualLifetime(double discount, int renewals) const;
};

// The maximum-likelihood sBG fit to one cohort's survival: survival[t] is the share still a
// customer after t periods, survival[0] = 1. Throws Invalid ("survival") when there are fewer
// than three points, a value outside (0, 1], a first value other than 1, or a value above the
// one before it.
SbgModel FitSbg(const std::vector<double>& survival);

}  // namespace banso::revenue
