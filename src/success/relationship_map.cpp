#include "success/relationship_map.h"

#include <algorithm>
#include <map>

#include "store/statement.h"

namespace banso::success {
namespace {

int RoleRank(const std::optional<customers::ContactRole>& role) {
  if (!role) return 4;
  switch (*role) {
    case customers::ContactRole::kChampion: return 0;
    case customers::ContactRole::kDecisionMaker: return 1;
    case customers::ContactRole::kExecutiveSponsor: return 2;
    case customers::ContactRole::kUser: return 3;
  }
  return 4;
}

customers::Sentiment NpsSentiment(int score) {
  if (score >= 9) return customers::Sentiment::kPositive;
  if (score >= 7) return customers::Sentiment::kNeutral;
  return customers::Sentiment::kNegative;
}

}  // namespace

RelationshipMap RelationshipMaps::Of(AccountId account, Timestamp now) {
  RelationshipMap map;
  map.account_id = account;
  long long since = now.ms - static_cast<long long>(kEngagementDays) * 86400000LL;
  store::Session sql(db_.pool());
  std::map<long long, size_t> index;
  {
    store::Query q("SELECT id, name, title, role, departed FROM contacts WHERE account_id = ");
    q.Bind(account.value) << " ORDER BY id";
    soci::statement st = q.Prepare(sql);
    long long id;
    int departed;
    std::string name, title, role;
    soci::indicator title_i, role_i;
    st.exchange(soci::into(id));
    st.exchange(soci::into(name));
    st.exchange(soci::into(title, title_i));
    st.exchange(soci::into(role, role_i));
    st.exchange(soci::into(departed));
    store::ForEachRow(st, [&] {
      RelationshipContact c;
      c.id = ContactId(id);
      c.name = name;
      c.title = title_i == soci::i_ok ? std::optional(title) : std::nullopt;
      c.role = role_i == soci::i_ok ? EnumFromString<customers::ContactRole>(role) : std::nullopt;
      c.departed = departed != 0;
      index[id] = map.contacts.size();
      map.contacts.push_back(std::move(c));
    });
  }
  // Signals newest last, so that the last one seen per contact is its latest.
  std::map<long long, std::pair<long long, customers::Sentiment>>
      latest;  // contact -> (at, sentiment)
  {
    store::Query q(
        "SELECT contact_id, occurred_at, sentiment FROM touchpoints WHERE account_id = ");
    q.Bind(account.value) << " AND contact_id IS NOT NULL AND occurred_at <= ";
    q.Bind(now.ms) << " ORDER BY occurred_at, id";
    soci::statement st = q.Prepare(sql);
    long long contact, at;
    std::string sentiment;
    soci::indicator sentiment_i;
    st.exchange(soci::into(contact));
    st.exchange(soci::into(at));
    st.exchange(soci::into(sentiment, sentiment_i));
    store::ForEachRow(st, [&] {
      auto it = index.find(contact);
      if (it == index.end()) return;
      RelationshipContact& c = map.contacts[it->second];
      c.last_touch = Timestamp{at};
      if (at >= since) ++c.touches;
      if (sentiment_i == soci::i_ok)
        if (auto s = EnumFromString<customers::Sentiment>(sentiment)) latest[contact] = {at, *s};
    });
  }
  std::map<long long, long long> surveyed;  // contact -> newest answer in the window
  {
    store::Query q("SELECT contact_id, responded_at, score FROM surveys WHERE account_id = ");
    q.Bind(account.value) << " AND kind = 'nps' AND responded_at <= ";
    q.Bind(now.ms) << " ORDER BY responded_at, id";
    soci::statement st = q.Prepare(sql);
    long long contact, at;
    int score;
    st.exchange(soci::into(contact));
    st.exchange(soci::into(at));
    st.exchange(soci::into(score));
    store::ForEachRow(st, [&] {
      auto it = index.find(contact);
      if (it == index.end()) return;
      map.contacts[it->second].last_nps = score;
      if (at >= since) surveyed[contact] = at;
      auto& l = latest[contact];
      if (at >= l.first) l = {at, NpsSentiment(score)};
    });
  }
  // The same people at other customers, both ways (contacts.previous_contact_id).
  auto elsewhere = [&](const char* join, auto set) {
    store::Query q(std::string("SELECT c.id, o.id, o.account_id, a.name, o.role FROM contacts c "
                               "JOIN contacts o ON ") +
                   join + " JOIN accounts a ON a.id = o.account_id WHERE c.account_id = ");
    q.Bind(account.value);
    soci::statement st = q.Prepare(sql);
    long long here = 0, other = 0, other_account = 0;
    std::string account_name, role;
    soci::indicator role_i;
    st.exchange(soci::into(here));
    st.exchange(soci::into(other));
    st.exchange(soci::into(other_account));
    st.exchange(soci::into(account_name));
    st.exchange(soci::into(role, role_i));
    store::ForEachRow(st, [&] {
      if (auto it = index.find(here); it != index.end())
        set(map.contacts[it->second],
            ElsewhereContact{ContactId(other), AccountId(other_account), account_name,
                             role_i == soci::i_ok ? EnumFromString<customers::ContactRole>(role)
                                                  : std::nullopt});
    });
  };
  elsewhere("o.id = c.previous_contact_id",
            [](RelationshipContact& c, ElsewhereContact e) { c.came_from = std::move(e); });
  elsewhere("o.previous_contact_id = c.id",
            [](RelationshipContact& c, ElsewhereContact e) { c.moved_to = std::move(e); });
  bool active_champion = false, champion_joined = false;
  for (RelationshipContact& c : map.contacts) {
    champion_joined |=
        !c.departed && c.came_from && c.came_from->role == customers::ContactRole::kChampion;
    if (auto it = latest.find(c.id.value); it != latest.end()) c.sentiment = it->second.second;
    c.engaged = !c.departed && (c.touches > 0 || surveyed.count(c.id.value));
    map.breadth += c.engaged;
    bool champion = c.role == customers::ContactRole::kChampion;
    if (champion && c.departed) map.departed_champions.push_back(c.name);
    if (champion && !c.departed) active_champion = true;
  }
  std::stable_sort(map.contacts.begin(), map.contacts.end(), [](const auto& a, const auto& b) {
    if (a.departed != b.departed) return !a.departed;
    return RoleRank(a.role) < RoleRank(b.role);
  });
  if (!map.contacts.empty() && map.breadth <= 1) map.warnings.push_back("single_threaded");
  if (!map.departed_champions.empty()) map.warnings.push_back("champion_departed");
  if (!map.contacts.empty() && !active_champion) map.warnings.push_back("no_active_champion");
  if (champion_joined) map.highlights.push_back("former_champion_joined");
  return map;
}

namespace {

nlohmann::json ElsewhereJson(const std::optional<ElsewhereContact>& e) {
  if (!e) return nullptr;
  return {{"contact_id", e->contact.value},
          {"account_id", e->account.value},
          {"account_name", e->account_name},
          {"role", e->role ? nlohmann::json(EnumToString(*e->role)) : nlohmann::json()}};
}

}  // namespace

nlohmann::json ToJson(const RelationshipMap& map) {
  nlohmann::json contacts = nlohmann::json::array();
  for (const RelationshipContact& c : map.contacts)
    contacts.push_back(
        {{"id", c.id.value},
         {"name", c.name},
         {"title", c.title ? nlohmann::json(*c.title) : nlohmann::json()},
         {"role", c.role ? nlohmann::json(EnumToString(*c.role)) : nlohmann::json()},
         {"departed", c.departed},
         {"last_touch_at",
          c.last_touch ? nlohmann::json(c.last_touch->ToString()) : nlohmann::json()},
         {"touches_90d", c.touches},
         {"last_nps", c.last_nps ? nlohmann::json(*c.last_nps) : nlohmann::json()},
         {"sentiment", c.sentiment ? nlohmann::json(EnumToString(*c.sentiment)) : nlohmann::json()},
         {"engaged", c.engaged},
         {"came_from", ElsewhereJson(c.came_from)},
         {"moved_to", ElsewhereJson(c.moved_to)}});
  return {{"account_id", map.account_id.value},
          {"breadth", map.breadth},
          {"engagement_days", kEngagementDays},
          {"warnings", map.warnings},
          {"departed_champions", map.departed_champions},
          {"highlights", map.highlights},
          {"contacts", contacts}};
}

}  // namespace banso::success
