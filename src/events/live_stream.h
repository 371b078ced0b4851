#pragma once
// The live event stream for debugging a source: committed messages and rejected items, as
// JSON lines, to whoever watches (server-sent events in the console). Publishing costs nothing
// while nobody watches; a slow watcher loses messages (and is told how many) rather than
// slowing ingest down.
//
// Thread safety: fully thread-safe.
#include <chrono>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace banso::events {

class LiveStream {
 public:
  struct Message {
    std::string kind;  // "event" or "rejected"
    std::string json;
  };
  class Subscription {
   public:
    // Waits up to `wait` for messages; returns those queued (possibly none).
    std::vector<Message> Next(std::chrono::milliseconds wait);
    size_t dropped() const;

   private:
    friend class LiveStream;
    std::optional<uint32_t> source_;
    mutable std::mutex mu_;
    std::condition_variable cv_;
    std::deque<Message> queue_;
    size_t dropped_ = 0;
  };

  static constexpr size_t kMaxWatchers =
      64;  // each holds a connection thread; the connection cap bounds them too
  static constexpr size_t kMaxQueued = 1000;

  // nullptr when kMaxWatchers already watch.
  std::shared_ptr<Subscription> Subscribe(std::optional<uint32_t> source);
  bool HasWatchers(uint32_t source) const;
  void Publish(uint32_t source, std::string kind, std::string json);

 private:
  mutable std::mutex mu_;
  std::vector<std::weak_ptr<Subscription>> subscribers_;
};

}  // namespace banso::events
