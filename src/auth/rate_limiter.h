#pragma once
// A sliding-window limiter for sign-in attempts, per key ("ip:1.2.3.4", "email:a@b.c").
// In memory, per process: with several processes behind a balancer each counts its own share.
//
// Thread safety: all methods may be called from any thread.
#include <chrono>
#include <deque>
#include <mutex>
#include <string>
#include <unordered_map>

namespace banso::auth {

class RateLimiter {
 public:
  RateLimiter(int max_events, std::chrono::seconds window) : max_(max_events), window_(window) {}
  // Seconds until the key may try again, or 0 if it may try now.
  int RetryAfter(const std::string& key);
  void Record(const std::string& key);
  void Reset(const std::string& key);

 private:
  void Expire(std::deque<std::chrono::steady_clock::time_point>& q,
              std::chrono::steady_clock::time_point now);

  const int max_;
  const std::chrono::seconds window_;
  std::mutex mu_;
  std::unordered_map<std::string, std::deque<std::chrono::steady_clock::time_point>> events_;
};

}  // namespace banso::auth
