#pragma once
// The totals of list filters, kept while the database is unchanged: a list's pages all show the
// same total, and counting a large filter (60k accounts in a tier) costs more than the page.
//
// Thread safety: shareable by all threads.
#include <functional>
#include <mutex>
#include <string>
#include <unordered_map>

namespace banso::store {

class CountCache {
 public:
  // The count stored for `key` (a query's SQL and values) under `mark` (Database::ChangeMark,
  // taken before the count is made), else count() stored under it. A new mark drops them all.
  long long Get(const std::string& mark, const std::string& key,
                const std::function<long long()>& count);

 private:
  static constexpr size_t kMaxEntries = 4096;
  std::mutex mu_;
  std::string mark_;
  std::unordered_map<std::string, long long> counts_;
};

}  // namespace banso::store
