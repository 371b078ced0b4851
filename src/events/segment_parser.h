#pragma once
// The Segment HTTP Tracking API's request bodies, parsed with simdjson: a single message
// (/v1/track, /v1/identify, ...) or a batch (/v1/batch). Request-level problems (invalid JSON,
// over a size limit, no batch array) throw Invalid, which the API answers with 400; a bad item
// in a batch is rejected alone, with its index and the reason, and the rest is kept.
#include <deque>
#include <optional>
#include <string>
#include <vector>

#include "events/event_record.h"

namespace banso::events {

struct SegmentLimits {
  size_t max_message_bytes = 32 * 1024;  // Segment: 32 KB per call / per event in a batch
  size_t max_batch_bytes = 500 * 1024;   // Segment: 500 KB per batch request
  size_t max_message_id_chars = 100;
  size_t max_event_name_chars = 200;
  size_t max_id_bytes = 255;  // userId, anonymousId, groupId, previousId
  int max_depth = 12;         // nesting of the message object (properties, traits...)
  int64_t max_future_ms = 24LL * 3600 * 1000;  // a (corrected) timestamp later than this is wrong
};

struct ItemRejection {
  int index = 0;
  std::string field;
  std::string reason;
  std::string message_id;  // "" when the item had none
};

struct SegmentRequest {
  std::string body;                     // the request body, padded for simdjson; views point here
  std::vector<EventRecord> events;      // accepted items, without source id and fingerprint yet
  std::vector<ItemRejection> rejected;  // items refused, by index
  std::string write_key;                // "writeKey" from the body, when present
  std::deque<std::string> owned;        // generated messageIds the views point to
};

// type: the single message's type from the path, or nullopt for /v1/batch.
// received_ms: the receivedAt of Segment's clock-skew correction.
void ParseSegmentRequest(std::optional<EventType> type, int64_t received_ms,
                         const SegmentLimits& limits, SegmentRequest& request);

}  // namespace banso::events
