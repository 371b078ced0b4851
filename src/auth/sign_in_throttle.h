#pragma once
// Failed sign-ins, counted so that they slow an attacker without locking anyone out:
//  - per (email, address): after free_failures failures, each further one doubles the wait
//    before the next try from that address (1 s, 2 s, 4 s ... up to max_backoff). Failures
//    from other addresses never delay the real user at theirs, and a success clears it.
//  - per address: past failures_per_address failures in the window, the address waits until
//    the oldest leaves the window (one place guessing passwords across many emails).
// Successful sign-ins are never counted. An admin may clear an email's back-off.
// In memory, per process: with several processes behind a balancer each counts its own share.
//
// Thread safety: all methods may be called from any thread.
#include <chrono>
#include <deque>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "core/clock.h"

namespace banso::auth {

struct SignInLimits {
  int free_failures = 5;  // per email and address, before the back-off starts
  std::chrono::seconds max_backoff{900};
  int failures_per_address = 50;     // per window, across all emails
  std::chrono::seconds window{900};  // failures older than this are forgotten
};

class SignInThrottle {
 public:
  SignInThrottle(SignInLimits limits, const Clock& clock) : limits_(limits), clock_(clock) {}

  // Seconds until email may try again from ip, or 0 if it may try now.
  int RetryAfter(const std::string& email, const std::string& ip);
  void RecordFailure(const std::string& email, const std::string& ip);
  void RecordSuccess(const std::string& email, const std::string& ip);
  // Forgets the email's failures from every address.
  void ClearEmail(const std::string& email);
  // The latest time until which some address must wait to sign in as email, if any.
  std::optional<Timestamp> BlockedUntil(const std::string& email);

 private:
  struct Backoff {
    int failures = 0;
    long long last_failure_ms = 0;
    long long blocked_until_ms = 0;
  };
  static std::string PairKey(const std::string& email, const std::string& ip) {
    return email + '\n' + ip;
  }
  void Forget(long long now);

  const SignInLimits limits_;
  const Clock& clock_;
  std::mutex mu_;
  std::unordered_map<std::string, Backoff> by_pair_;
  std::unordered_map<std::string, std::deque<long long>>
      by_address_;  // failure times, oldest first
};

}  // namespace banso::auth
