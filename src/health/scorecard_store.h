#pragma once
// Scorecards and their versions in the database. An edit never touches the version in force:
// it writes the scorecard's draft, which publishing puts in force (the old version is kept).
// A scorecard scores a segment's members (segment_id), or one touch tier, or (neither) every
// account that no other scorecard scores: a segment's scorecard comes before its members'
// tier's. The first start creates the default scorecard (DefaultScorecard()), published.
//
// Thread safety: stateless apart from the Database; shareable by all threads.
#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

#include "auth/actor.h"
#include "core/date.h"
#include "health/scorecard.h"
#include "store/database.h"

namespace banso::health {

struct ScorecardVersion {
  long long number = 0;
  ScorecardDefinition definition;
  Timestamp created_at;
  std::string created_by;
  std::optional<Timestamp> published_at;
  std::optional<std::string> published_by;
};

struct Scorecard {
  long long id = 0;
  long long version = 0;  // the record's, for a stale edit's 409
  std::string name;
  std::optional<std::string> tier;
  std::optional<long long> segment_id;
  std::optional<long long> published, draft;  // version numbers
  std::vector<ScorecardVersion> versions;     // oldest first
  Timestamp created_at, updated_at;

  const ScorecardVersion* Version(std::optional<long long> number) const;
};

class ScorecardStore {
 public:
  explicit ScorecardStore(store::Database& db) : db_(db) {}

  // Creates the default scorecard when there is none.
  void EnsureDefault();
  std::vector<Scorecard> List();
  Scorecard Get(long long id);
  // A new scorecard whose first version is a draft, for a tier or a segment (not both; neither
  // is the default). Conflict("tier") or Conflict("segment_id") when that scope has one;
  // the caller checks that the segment exists and may choose a scorecard.
  Scorecard Create(const auth::Actor& actor, std::string name, std::optional<std::string> tier,
                   std::optional<long long> segment_id, ScorecardDefinition definition);
  // The segments scorecards score, ascending.
  std::vector<long long> Segments();
  // Writes the draft (a new version number, or the existing draft replaced).
  Scorecard SaveDraft(const auth::Actor& actor, long long id, long long expected_version,
                      ScorecardDefinition definition);
  void DiscardDraft(const auth::Actor& actor, long long id, long long expected_version);
  // Puts the draft in force. Invalid("draft") when there is none.
  Scorecard Publish(const auth::Actor& actor, long long id, long long expected_version);

 private:
  store::Database& db_;
};

nlohmann::json ToJson(const Scorecard& s);

}  // namespace banso::health
