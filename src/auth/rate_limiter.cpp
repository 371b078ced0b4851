#include "auth/rate_limiter.h"

namespace banso::auth {

void RateLimiter::Expire(std::deque<std::chrono::steady_clock::time_point>& q,
                         std::chrono::steady_clock::time_point now) {
  while (!q.empty() && now - q.front() >= window_) q.pop_front();
}

int RateLimiter::RetryAfter(const std::string& key) {
  std::lock_guard lock(mu_);
  auto it = events_.find(key);
  if (it == events_.end()) return 0;
  auto now = std::chrono::steady_clock::now();
  Expire(it->second, now);
  if (static_cast<int>(it->second.size()) < max_) return 0;
  auto wait = window_ - (now - it->second.front());
  return static_cast<int>(std::chrono::duration_cast<std::chrono::seconds>(wait).count()) + 1;
}

void RateLimiter::Record(const std::string& key) {
  std::lock_guard lock(mu_);
  auto now = std::chrono::steady_clock::now();
  auto& q = events_[key];
  Expire(q, now);
  q.push_back(now);
  if (events_.size() > 100000) {  // bound memory under a spray of distinct keys
    for (auto it = events_.begin(); it != events_.end();) {
      Expire(it->second, now);
      it = it->second.empty() ? events_.erase(it) : std::next(it);
    }
  }
}

void RateLimiter::Reset(const std::string& key) {
  std::lock_guard lock(mu_);
  events_.erase(key);
}

}  // namespace banso::auth
