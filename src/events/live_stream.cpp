#include "events/live_stream.h"

#include <algorithm>

namespace banso::events {

std::vector<LiveStream::Message> LiveStream::Subscription::Next(std::chrono::milliseconds wait) {
  std::unique_lock lock(mu_);
  cv_.wait_for(lock, wait, [&] { return !queue_.empty(); });
  std::vector<Message> out(std::make_move_iterator(queue_.begin()),
                           std::make_move_iterator(queue_.end()));
  queue_.clear();
  return out;
}

size_t LiveStream::Subscription::dropped() const {
  std::lock_guard lock(mu_);
  return dropped_;
}

std::shared_ptr<LiveStream::Subscription> LiveStream::Subscribe(std::optional<uint32_t> source) {
  std::lock_guard lock(mu_);
  subscribers_.erase(
      std::remove_if(subscribers_.begin(), subscribers_.end(), [](auto& w) { return w.expired(); }),
      subscribers_.end());
  if (subscribers_.size() >= kMaxWatchers) return nullptr;
  auto sub = std::make_shared<Subscription>();
  sub->source_ = source;
  subscribers_.push_back(sub);
  return sub;
}

bool LiveStream::HasWatchers(uint32_t source) const {
  std::lock_guard lock(mu_);
  for (const auto& w : subscribers_)
    if (auto s = w.lock(); s && (!s->source_ || *s->source_ == source)) return true;
  return false;
}

void LiveStream::Publish(uint32_t source, std::string kind, std::string json) {
  std::vector<std::shared_ptr<Subscription>> targets;
  {
    std::lock_guard lock(mu_);
    for (const auto& w : subscribers_)
      if (auto s = w.lock(); s && (!s->source_ || *s->source_ == source))
        targets.push_back(std::move(s));
  }
  for (auto& s : targets) {
    {
      std::lock_guard lock(s->mu_);
      if (s->queue_.size() >= kMaxQueued) {
        ++s->dropped_;
        continue;
      }
      s->queue_.push_back({kind, json});
    }
    s->cv_.notify_one();
  }
}

}  // namespace banso::events
