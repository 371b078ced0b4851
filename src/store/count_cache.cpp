#include "store/count_cache.h"

namespace banso::store {

long long CountCache::Get(const std::string& mark, const std::string& key,
                          const std::function<long long()>& count) {
  {
    std::lock_guard lock(mu_);
    if (mark != mark_) {
      mark_ = mark;
      counts_.clear();
    } else if (auto it = counts_.find(key); it != counts_.end()) {
      return it->second;
    }
  }
  long long n = count();  // outside the lock: other lists count meanwhile
  std::lock_guard lock(mu_);
  if (mark == mark_ && counts_.size() < kMaxEntries) counts_.emplace(key, n);
  return n;
}

}  // namespace banso::store
