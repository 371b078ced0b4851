#include "auth/sign_in_throttle.h"

#include <algorithm>

namespace banso::auth {
namespace {

int SecondsUntil(long long until_ms, long long now_ms) {
  return until_ms > now_ms ? static_cast<int>((until_ms - now_ms + 999) / 1000) : 0;
}

}  // namespace

int SignInThrottle::RetryAfter(const std::string& email, const std::string& ip) {
  std::lock_guard lock(mu_);
  long long now = clock_.Now().ms, window = limits_.window.count() * 1000LL;
  int wait = 0;
  if (auto it = by_pair_.find(PairKey(email, ip)); it != by_pair_.end())
    wait = SecondsUntil(it->second.blocked_until_ms, now);
  if (auto it = by_address_.find(ip); it != by_address_.end()) {
    auto& times = it->second;
    while (!times.empty() && now - times.front() >= window) times.pop_front();
    if (static_cast<int>(times.size()) >= limits_.failures_per_address)
      wait = std::max(wait, SecondsUntil(times.front() + window, now));
  }
  return wait;
}

void SignInThrottle::RecordFailure(const std::string& email, const std::string& ip) {
  std::lock_guard lock(mu_);
  long long now = clock_.Now().ms;
  Backoff& b = by_pair_[PairKey(email, ip)];
  if (now - b.last_failure_ms >= limits_.window.count() * 1000LL) b.failures = 0;
  b.failures++;
  b.last_failure_ms = now;
  if (int over = b.failures - limits_.free_failures; over > 0) {
    long long backoff_ms =
        std::min<long long>(1000LL << std::min(over - 1, 20), limits_.max_backoff.count() * 1000LL);
    b.blocked_until_ms = now + backoff_ms;
  }
  auto& times = by_address_[ip];
  times.push_back(now);
  if (static_cast<int>(times.size()) > limits_.failures_per_address) times.pop_front();
  if (by_pair_.size() + by_address_.size() > 100000) Forget(now);  // a spray of distinct keys
}

void SignInThrottle::RecordSuccess(const std::string& email, const std::string& ip) {
  std::lock_guard lock(mu_);
  by_pair_.erase(PairKey(email, ip));
}

void SignInThrottle::ClearEmail(const std::string& email) {
  std::lock_guard lock(mu_);
  std::string prefix = email + '\n';
  std::erase_if(by_pair_, [&](const auto& entry) { return entry.first.starts_with(prefix); });
}

std::optional<Timestamp> SignInThrottle::BlockedUntil(const std::string& email) {
  std::lock_guard lock(mu_);
  long long now = clock_.Now().ms, latest = 0;
  std::string prefix = email + '\n';
  for (const auto& [key, b] : by_pair_)
    if (key.starts_with(prefix)) latest = std::max(latest, b.blocked_until_ms);
  if (latest <= now) return std::nullopt;
  return Timestamp{latest};
}

void SignInThrottle::Forget(long long now) {
  long long window = limits_.window.count() * 1000LL;
  std::erase_if(by_pair_, [&](const auto& e) {
    return now - e.second.last_failure_ms >= window && e.second.blocked_until_ms <= now;
  });
  std::erase_if(by_address_,
                [&](const auto& e) { return e.second.empty() || now - e.second.back() >= window; });
}

}  // namespace banso::auth
