#include "events/events_json.h"

#include <cmath>

#include "core/date.h"
#include "core/json_fields.h"

namespace banso::events {
namespace {

nlohmann::json TimeOrNull(int64_t ms) {
  return ms ? nlohmann::json(Timestamp{ms}.ToString()) : nlohmann::json(nullptr);
}

double Round(double v, double scale) { return std::round(v * scale) / scale; }

std::string DayOf(Date from, size_t i) {
  return Date::FromDays(from.days() + static_cast<int>(i)).ToString();
}

}  // namespace

nlohmann::json ToJson(const CatalogItem& item) {
  return {{"name", item.name},
          {"type", EnumToString(item.type)},
          {"count", item.count},
          {"first_seen", TimeOrNull(item.first_seen_ms)},
          {"last_seen", TimeOrNull(item.last_seen_ms)},
          {"feature", OrNull(item.feature)}};
}

nlohmann::json ToJson(const VolumeSeries& volume) {
  nlohmann::json days = nlohmann::json::array();
  for (size_t i = 0; i < volume.counts.size(); ++i)
    days.push_back({{"date", DayOf(volume.from, i)}, {"count", volume.counts[i]}});
  return {{"from", volume.from.ToString()},
          {"to", volume.to.ToString()},
          {"name", OrNull(volume.name)},
          {"days", std::move(days)}};
}

nlohmann::json ToJson(const AccountUsage& usage) {
  nlohmann::json days = nlohmann::json::array();
  for (size_t i = 0; i < usage.days.size(); ++i) {
    const UsageDay& d = usage.days[i];
    days.push_back({{"date", DayOf(usage.from, i)},
                    {"dau", d.dau},
                    {"wau", d.wau},
                    {"mau", d.mau},
                    {"events", d.events}});
  }
  nlohmann::json trend = nullptr;
  if (const auto& t = usage.trend_4w)
    trend = {{"current_weekly_active", t->current_weekly_active},
             {"previous_weekly_active", t->previous_weekly_active},
             {"change", t->change}};
  nlohmann::json features = nlohmann::json::array();
  for (const FeatureUse& f : usage.top_features)
    features.push_back({{"feature", f.feature}, {"events", f.events}, {"users", f.users}});
  nlohmann::json events = nlohmann::json::array();
  for (const EventCount& e : usage.top_events)
    events.push_back({{"name", e.name}, {"type", EnumToString(e.type)}, {"count", e.count}});
  nlohmann::json users = nlohmann::json::array();
  for (const AccountUser& u : usage.users)
    users.push_back(
        {{"user_id", u.user_id.empty() ? nlohmann::json(nullptr) : nlohmann::json(u.user_id)},
         {"contact_id", u.contact ? nlohmann::json(u.contact->value) : nlohmann::json(nullptr)},
         {"name", OrNull(u.name)},
         {"email", OrNull(u.email)},
         {"last_seen", TimeOrNull(u.last_seen_ms)},
         {"active_days", u.active_days}});
  auto seats = usage.seat_utilisation();
  return {{"account_id", usage.account.value},
          {"from", usage.from.ToString()},
          {"to", usage.to.ToString()},
          {"licensed_seats", OrNull(usage.licensed_seats)},
          {"days", std::move(days)},
          {"dau_average", Round(usage.dau_average, 100)},
          {"wau", usage.wau},
          {"mau", usage.mau},
          {"stickiness", Round(usage.stickiness(), 1000)},
          {"seat_utilisation", OrNull(seats ? std::optional(Round(*seats, 1000)) : std::nullopt)},
          {"trend_4w", std::move(trend)},
          {"top_features", std::move(features)},
          {"top_events", std::move(events)},
          {"users", std::move(users)}};
}

nlohmann::json ToJson(const ActiveUsers& active) {
  nlohmann::json accounts = nlohmann::json::array();
  for (const AccountActivity& a : active.accounts)
    accounts.push_back({{"account_id", a.account.value},
                        {"external_id", OrNull(a.external_id)},
                        {"dau", a.dau},
                        {"wau", a.wau},
                        {"mau", a.mau}});
  return {{"from", active.from.ToString()},
          {"to", active.to.ToString()},
          {"accounts", std::move(accounts)}};
}

nlohmann::json ToJson(const SourceActivity& source) {
  nlohmann::json j = ToJson(source.source);
  j["events_received"] = source.events_received;
  j["last_event_at"] = TimeOrNull(source.last_event_ms);
  return j;
}

nlohmann::json ToJson(const EventStatus& status) {
  const EventStatus::Memory& m = status.memory;
  nlohmann::json memory = {{"dedup_bytes", m.dedup_bytes}};
  if (m.rollups_loaded) {
    memory["cells"] = m.cells;
    memory["open_cells"] = m.open_cells;
    memory["cell_bytes"] = m.cell_bytes;
    memory["adopter_bytes"] = m.adopter_bytes;
    memory["packed_cell_mapped_bytes"] = m.packed_cell_mapped_bytes;
    memory["people"] = m.people;
  }
  return {{"committed_position", status.committed_position},
          {"applied_position", status.applied_position},
          {"events_committed", status.events_committed},
          {"events_applied", status.events_applied},
          {"dedup_window_days", status.dedup_window_days},
          {"dedup_entries", status.dedup_entries},
          {"analytics_role", status.analytics_role},
          {"memory", std::move(memory)}};
}

}  // namespace banso::events
