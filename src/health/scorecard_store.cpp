#include "health/scorecard_store.h"

#include "auth/audit_log.h"
#include "core/error.h"
#include "store/batches.h"
#include "store/record.h"
#include "store/statement.h"

namespace banso::health {
namespace {

std::vector<Scorecard> Load(store::Tx& tx, std::optional<long long> only) {
  std::vector<Scorecard> out;
  {
    store::Query q(
        "SELECT id, version, name, tier, segment_id, published, draft, created_at, updated_at "
        "FROM scorecards");
    if (only) q << " WHERE id = ", q.Bind(*only);
    q << " ORDER BY segment_id IS NOT NULL, tier IS NOT NULL, tier, id";
    soci::statement st = q.Prepare(tx.sql());
    Scorecard s;
    std::string tier;
    long long segment = 0, published = 0, draft = 0;
    soci::indicator tier_i, segment_i, published_i, draft_i;
    st.exchange(soci::into(s.id));
    st.exchange(soci::into(s.version));
    st.exchange(soci::into(s.name));
    st.exchange(soci::into(tier, tier_i));
    st.exchange(soci::into(segment, segment_i));
    st.exchange(soci::into(published, published_i));
    st.exchange(soci::into(draft, draft_i));
    st.exchange(soci::into(s.created_at.ms));
    st.exchange(soci::into(s.updated_at.ms));
    store::ForEachRow(st, [&] {
      Scorecard row = s;
      row.tier = store::Nullable(tier, tier_i);
      row.segment_id = store::Nullable(segment, segment_i);
      row.published = store::Nullable(published, published_i);
      row.draft = store::Nullable(draft, draft_i);
      out.push_back(std::move(row));
    });
  }
  for (Scorecard& s : out) {
    store::Query q(
        "SELECT number, definition, created_at, created_by, published_at, published_by FROM "
        "scorecard_versions WHERE scorecard_id = ");
    q.Bind(s.id) << " ORDER BY number";
    soci::statement st = q.Prepare(tx.sql());
    ScorecardVersion v;
    std::string definition, published_by;
    long long published_at = 0;
    soci::indicator at_i, by_i;
    st.exchange(soci::into(v.number));
    st.exchange(soci::into(definition));
    st.exchange(soci::into(v.created_at.ms));
    st.exchange(soci::into(v.created_by));
    st.exchange(soci::into(published_at, at_i));
    st.exchange(soci::into(published_by, by_i));
    store::ForEachRow(st, [&] {
      ScorecardVersion row = v;
      row.definition = DefinitionFromJson(nlohmann::json::parse(definition));
      if (at_i == soci::i_ok) row.published_at = Timestamp{published_at};
      row.published_by = store::Nullable(published_by, by_i);
      s.versions.push_back(std::move(row));
    });
  }
  return out;
}

Scorecard Find(store::Tx& tx, long long id) {
  auto found = Load(tx, id);
  if (found.empty()) throw NotFound("no scorecard with id " + std::to_string(id));
  return found.front();
}

// The definition as stored: without the unit and source, which the measure gives.
std::string Stored(const ScorecardDefinition& d) {
  nlohmann::json j = ToJson(d);
  for (auto& m : j["measures"]) m.erase("unit"), m.erase("source");
  return j.dump();
}

void InsertVersion(store::Tx& tx, long long scorecard, long long number,
                   const ScorecardDefinition& d, const auth::Actor& actor) {
  store::Query q(
      "INSERT INTO scorecard_versions (scorecard_id, number, definition, created_at, created_by) "
      "VALUES (");
  q.Bind(scorecard) << ", ";
  q.Bind(number) << ", ";
  q.Bind(Stored(d)) << ", ";
  q.Bind(Timestamp::Now().ms) << ", ";
  q.Bind(actor.label) << ")";
  q.Execute(tx.sql());
}

long long NextNumber(const Scorecard& s) {
  return s.versions.empty() ? 1 : s.versions.back().number + 1;
}

}  // namespace

const ScorecardVersion* Scorecard::Version(std::optional<long long> number) const {
  if (!number) return nullptr;
  for (const auto& v : versions)
    if (v.number == *number) return &v;
  return nullptr;
}

void ScorecardStore::EnsureDefault() {
  db_.Transact([&](store::Tx& tx) {
    long long n = 0;
    tx.sql() << "SELECT COUNT(*) FROM scorecards", soci::into(n);
    if (n > 0) return;
    const long long now = Timestamp::Now().ms;
    long long id = store::InsertRecord(
        tx, "scorecards", store::Columns().Set("name", "Default").Set("published", 1LL), now);
    const auth::Actor system = auth::Actor::System("system");
    InsertVersion(tx, id, 1, DefaultScorecard(), system);
    tx.sql() << "UPDATE scorecard_versions SET published_at = :t, published_by = 'system' WHERE "
                "scorecard_id = :id",
        soci::use(now), soci::use(id);
  });
}

std::vector<Scorecard> ScorecardStore::List() {
  return db_.Read([&](store::Tx& tx) { return Load(tx, std::nullopt); });
}

Scorecard ScorecardStore::Get(long long id) {
  return db_.Read([&](store::Tx& tx) { return Find(tx, id); });
}

Scorecard ScorecardStore::Create(const auth::Actor& actor, std::string name,
                                 std::optional<std::string> tier,
                                 std::optional<long long> segment_id,
                                 ScorecardDefinition definition) {
  Validate(definition);
  if (name.empty() || name.size() > 200) throw Invalid("name", "must be 1 to 200 characters");
  if (tier && segment_id) throw Invalid("segment_id", "a scorecard scores a tier or a segment");
  return db_.Transact([&](store::Tx& tx) {
    store::Query q("SELECT COUNT(*) FROM scorecards WHERE ");
    if (segment_id)
      q << "segment_id = ", q.Bind(*segment_id);
    else if (tier)
      q << "tier = ", q.Bind(*tier);
    else
      q << "tier IS NULL AND segment_id IS NULL";
    if (store::Count(tx.sql(), q) > 0)
      throw Conflict(segment_id ? "segment_id" : "tier",
                     segment_id ? "a scorecard with this segment_id exists"
                                : "a scorecard with this tier exists");
    long long id = store::InsertRecord(tx, "scorecards",
                                       store::Columns()
                                           .Set("name", name)
                                           .Set("tier", tier)
                                           .Set("segment_id", segment_id)
                                           .Set("draft", 1LL),
                                       Timestamp::Now().ms);
    InsertVersion(tx, id, 1, definition, actor);
    Scorecard created = Find(tx, id);
    auth::AuditLog::Record(tx, actor, "create", "scorecard", id, nullptr, ToJson(created));
    return created;
  });
}

std::vector<long long> ScorecardStore::Segments() {
  std::vector<long long> out;
  for (const Scorecard& s : List())
    if (s.segment_id) out.push_back(*s.segment_id);
  std::sort(out.begin(), out.end());
  return out;
}

Scorecard ScorecardStore::SaveDraft(const auth::Actor& actor, long long id,
                                    long long expected_version, ScorecardDefinition definition) {
  Validate(definition);
  return db_.Transact([&](store::Tx& tx) {
    Scorecard before = Find(tx, id);
    long long number = before.draft.value_or(NextNumber(before));
    if (before.draft) {
      // Named: soci binds references, and temporaries would be gone when the statement runs.
      const std::string stored = Stored(definition);
      const long long now = Timestamp::Now().ms;
      tx.sql() << "UPDATE scorecard_versions SET definition = :d, created_at = :t, created_by = "
                  ":b WHERE scorecard_id = :id AND number = :n",
          soci::use(stored), soci::use(now), soci::use(actor.label), soci::use(id),
          soci::use(number);
    } else {
      InsertVersion(tx, id, number, definition, actor);
    }
    store::UpdateRecord(tx, "scorecards", id, expected_version,
                        store::Columns().Set("draft", number), Timestamp::Now().ms);
    Scorecard after = Find(tx, id);
    auth::AuditLog::Record(tx, actor, "draft", "scorecard", id, ToJson(before), ToJson(after));
    return after;
  });
}

void ScorecardStore::DiscardDraft(const auth::Actor& actor, long long id,
                                  long long expected_version) {
  db_.Transact([&](store::Tx& tx) {
    Scorecard before = Find(tx, id);
    if (!before.draft) throw Invalid("draft", "the scorecard has no draft");
    if (!before.published)
      throw Invalid("draft", "a scorecard never published keeps its first draft");
    tx.sql() << "DELETE FROM scorecard_versions WHERE scorecard_id = :id AND number = :n",
        soci::use(id), soci::use(*before.draft);
    store::UpdateRecord(tx, "scorecards", id, expected_version,
                        store::Columns().Set("draft", std::optional<long long>()),
                        Timestamp::Now().ms);
    auth::AuditLog::Record(tx, actor, "discard_draft", "scorecard", id, ToJson(before),
                           ToJson(Find(tx, id)));
  });
}

Scorecard ScorecardStore::Publish(const auth::Actor& actor, long long id,
                                  long long expected_version) {
  return db_.Transact([&](store::Tx& tx) {
    Scorecard before = Find(tx, id);
    if (!before.draft) throw Invalid("draft", "the scorecard has no draft");
    const long long now = Timestamp::Now().ms;
    tx.sql() << "UPDATE scorecard_versions SET published_at = :t, published_by = :b WHERE "
                "scorecard_id = :id AND number = :n",
        soci::use(now), soci::use(actor.label), soci::use(id), soci::use(*before.draft);
    store::UpdateRecord(
        tx, "scorecards", id, expected_version,
        store::Columns().Set("published", *before.draft).Set("draft", std::optional<long long>()),
        now);
    Scorecard after = Find(tx, id);
    auth::AuditLog::Record(tx, actor, "publish", "scorecard", id, ToJson(before), ToJson(after));
    return after;
  });
}

nlohmann::json ToJson(const Scorecard& s) {
  auto version_json = [](const ScorecardVersion* v) -> nlohmann::json {
    if (!v) return nullptr;
    return {
        {"number", v->number},
        {"definition", ToJson(v->definition)},
        {"created_at", v->created_at.ToString()},
        {"created_by", v->created_by},
        {"published_at",
         v->published_at ? nlohmann::json(v->published_at->ToString()) : nlohmann::json()},
        {"published_by", v->published_by ? nlohmann::json(*v->published_by) : nlohmann::json()}};
  };
  nlohmann::json history = nlohmann::json::array();
  for (const auto& v : s.versions)
    history.push_back({{"number", v.number},
                       {"created_at", v.created_at.ToString()},
                       {"created_by", v.created_by},
                       {"published_at", v.published_at ? nlohmann::json(v.published_at->ToString())
                                                       : nlohmann::json()}});
  return {{"id", s.id},
          {"version", s.version},
          {"name", s.name},
          {"tier", s.tier ? nlohmann::json(*s.tier) : nlohmann::json()},
          {"segment_id", s.segment_id ? nlohmann::json(*s.segment_id) : nlohmann::json()},
          {"published", version_json(s.Version(s.published))},
          {"draft", version_json(s.Version(s.draft))},
          {"versions", history},
          {"created_at", s.created_at.ToString()},
          {"updated_at", s.updated_at.ToString()}};
}

}  // namespace banso::health
