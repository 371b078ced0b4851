#include "demo/demo_usage.h"

#include <nlohmann/json.hpp>

#include <atomic>
#include <cmath>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

#include "auth/actor.h"

namespace banso::demo {
namespace {

constexpr int kDays = 90;
constexpr size_t kMessagesPerBatch = 1000;  // ~300 KB, under Segment's 500 KB

struct Action {
  const char* type;  // track or page
  const char* name;
  const char* feature;  // nullptr: not a feature
  int depth;            // 0 basic .. 2 advanced: used once the account has adopted that far
  double weight;
};

const std::vector<Action>& Actions() {
  static const std::vector<Action> actions = {
      {"page", "Dashboard", nullptr, 0, 6},
      {"track", "dashboard_viewed", "ダッシュボード", 0, 5},
      {"track", "deal_created", "商談管理", 0, 3},
      {"track", "deal_updated", "商談管理", 0, 5},
      {"page", "Deals", nullptr, 0, 3},
      {"track", "report_exported", "レポート出力", 1, 2},
      {"page", "Reports", nullptr, 1, 2},
      {"track", "contact_imported", "顧客データ取込", 1, 0.6},
      {"track", "comment_posted", "コラボレーション", 1, 2},
      {"track", "user_invited", "メンバー招待", 1, 0.3},
      {"track", "workflow_run", "ワークフロー自動化", 2, 2},
      {"track", "integration_connected", "外部連携", 2, 0.2},
      {"page", "Settings", nullptr, 0, 0.5},
  };
  return actions;
}

int SeatsFor(const std::string& band, Random& rng) {
  if (band == "1-9") return static_cast<int>(rng.Between(2, 4));
  if (band == "10-49") return static_cast<int>(rng.Between(3, 8));
  if (band == "50-249") return static_cast<int>(rng.Between(6, 14));
  if (band == "250-999") return static_cast<int>(rng.Between(10, 24));
  if (band == "1000-4999") return static_cast<int>(rng.Between(16, 32));
  return static_cast<int>(rng.Between(24, 45));
}

std::string MessageId(Random& rng) {
  static const char* hex = "0123456789abcdef";
  std::string id = "demo-";
  for (int i = 0; i < 24; ++i) id += hex[rng.Next() & 15];
  return id;
}

// Sends batches from a few threads, as several SDK instances would: their requests share
// group commits, so the demo does not wait for one disk sync per batch.
class BatchSender {
 public:
  BatchSender(app::App& app, std::string key) : app_(app), key_(std::move(key)) {
    for (int i = 0; i < 4; ++i) workers_.emplace_back([this] { Work(); });
  }
  ~BatchSender() {
    {
      std::lock_guard lock(mu_);
      done_ = true;
    }
    cv_.notify_all();
    for (auto& w : workers_) w.join();
  }

  void Add(nlohmann::json message) {
    batch_.push_back(std::move(message));
    if (batch_.size() >= kMessagesPerBatch) Flush();
  }
  // Sends what is left and waits for every batch; rethrows a failure.
  void Finish() {
    Flush();
    {
      std::lock_guard lock(mu_);
      done_ = true;
    }
    cv_.notify_all();
    for (auto& w : workers_) w.join();
    workers_.clear();
    if (error_) std::rethrow_exception(error_);
  }
  long long sent() const { return sent_; }

 private:
  void Flush() {
    if (batch_.empty()) return;
    nlohmann::json body = {{"batch", std::move(batch_)}, {"sentAt", Timestamp::Now().ToString()}};
    batch_ = nlohmann::json::array();
    std::unique_lock lock(mu_);
    cv_.wait(lock, [&] { return queue_.size() < 8; });
    queue_.push_back(body.dump());
    cv_.notify_all();
  }
  void Work() {
    for (;;) {
      std::string body;
      {
        std::unique_lock lock(mu_);
        cv_.wait(lock, [&] { return done_ || !queue_.empty(); });
        if (queue_.empty()) return;
        body = std::move(queue_.front());
        queue_.pop_front();
      }
      cv_.notify_all();
      try {
        sent_ += static_cast<long long>(
            app_.events().Ingest(std::nullopt, std::move(body), key_).accepted);
      } catch (...) {
        std::lock_guard lock(mu_);
        error_ = std::current_exception();
      }
    }
  }

  app::App& app_;
  std::string key_;
  nlohmann::json batch_ = nlohmann::json::array();
  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<std::string> queue_;
  bool done_ = false;
  std::exception_ptr error_;
  std::vector<std::thread> workers_;
  std::atomic<long long> sent_{0};
};

}  // namespace

UsageSummary SendDemoUsage(app::App& app, const std::vector<UsageSeed>& seeds, Date today,
                           Random& rng) {
  auto& events = app.events();
  events.Start();
  std::string key =
      events.sources().Create(auth::Actor::System("demo"), "デモ: Web アプリ", 10'000'000).second;
  std::vector<events::FeatureMapping> features;
  for (const Action& a : Actions())
    if (a.feature) features.push_back({a.name, a.feature});
  events.features().Set(auth::Actor::System("demo"), features);
  BatchSender sender(app, key);
  UsageSummary summary;
  Date first = Date::FromDays(today.days() - kDays + 1);
  // Nothing after "now": today's usage stops at the current time.
  int64_t latest = std::min(Timestamp::FromDate(today).ms + 86400000 - 1, Timestamp::Now().ms);
  for (const UsageSeed& seed : seeds) {
    if (seed.churned_on && seed.churned_on->days() < first.days())
      continue;  // gone before the window
    // The account's course over the window: steady, growing or fading; churn fades it to nothing.
    double trend = rng.Chance(0.2) ? 0.8 : rng.Chance(0.2) ? -0.6 : 0.0;
    int depth = static_cast<int>(rng.Weighted({3, 4, 3}));
    int seats = SeatsFor(seed.employee_band, rng);
    struct User {
      std::string id;
      double activity;  // chance to be active on a working day
    };
    std::vector<User> users;
    for (size_t i = 0; i < seed.contacts.size() && static_cast<int>(users.size()) < seats; ++i) {
      const auto& [external_id, email] = seed.contacts[i];
      users.push_back({external_id, 0.3 + 0.6 * rng.Unit()});
      nlohmann::json traits = {{"name", seed.names[i]}};
      if (!email.empty()) traits["email"] = email;
      int64_t at = Timestamp::FromDate(first).ms;
      sender.Add({{"type", "identify"},
                  {"userId", external_id},
                  {"messageId", MessageId(rng)},
                  {"traits", traits},
                  {"timestamp", Timestamp{at}.ToString()}});
    }
    while (static_cast<int>(users.size()) < seats)
      users.push_back(
          {seed.group_id + "-seat" + std::to_string(users.size() + 1), 0.15 + 0.6 * rng.Unit()});
    for (const User& u : users)
      sender.Add({{"type", "group"},
                  {"userId", u.id},
                  {"groupId", seed.group_id},
                  {"messageId", MessageId(rng)},
                  {"timestamp", Timestamp::FromDate(first).ToString()}});
    summary.users += static_cast<long long>(users.size());

    for (int d = 0; d < kDays; ++d) {
      Date day = Date::FromDays(first.days() + d);
      double progress = static_cast<double>(d) / kDays;
      double level = std::max(0.05, 1.0 + trend * (progress - 0.5));
      if (seed.churned_on) {
        int left = seed.churned_on->days() - day.days();
        if (left < 0) break;                              // no usage after the contract ended
        if (left < 60) level *= 0.1 + 0.9 * left / 60.0;  // fading in the last two months
      }
      int weekday = (day.days() + 4) % 7;  // 1970-01-01 was a Thursday; 0 = Sunday
      double rhythm = weekday == 0 || weekday == 6 ? 0.08
                      : weekday == 1               ? 1.1
                      : weekday == 5               ? 0.85
                                                   : 1.0;
      for (const User& u : users) {
        if (!rng.Chance(std::min(0.95, u.activity * rhythm * level))) continue;
        int actions = static_cast<int>(rng.Between(1, 5));
        // Japanese working hours: 09:00-19:00 JST is 00:00-10:00 UTC.
        int64_t t = Timestamp::FromDate(day).ms + rng.Between(0, 10 * 3600 - 1) * 1000;
        std::vector<double> weights;
        for (const Action& a : Actions()) weights.push_back(a.depth <= depth ? a.weight : 0);
        for (int i = 0; i < actions && t <= latest; ++i) {
          const Action& a = Actions()[rng.Weighted(weights)];
          nlohmann::json m = {
              {"type", a.type},
              {"userId", u.id},
              {"messageId", MessageId(rng)},
              {"timestamp", Timestamp{t}.ToString()},
              {"context", {{"library", {{"name", "banso-demo"}, {"version", "1"}}}}}};
          if (std::string(a.type) == "track") {
            m["event"] = a.name;
            m["properties"] = {{"plan", depth == 2 ? "enterprise" : "standard"},
                               {"duration_ms", rng.Between(200, 9000)}};
          } else {
            m["name"] = a.name;
            m["properties"] = {{"path", std::string("/") + a.name}};
          }
          sender.Add(std::move(m));
          t += rng.Between(20, 900) * 1000;
        }
      }
    }
  }
  sender.Finish();
  summary.events = sender.sent();
  events.WaitUntilApplied(std::chrono::minutes(5));
  return summary;
}

}  // namespace banso::demo
