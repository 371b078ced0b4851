#pragma once
// One accepted Segment message as the event log stores it: the fields the rollups and the
// identity graph need, decoded once at ingest, plus the message's own JSON for everything else
// (properties, traits, context), kept byte for byte as the client sent it.
#include <cstdint>
#include <string>
#include <string_view>

#include "core/enum_names.h"

namespace banso::events {

enum class EventType : uint8_t { kIdentify = 1, kGroup, kTrack, kPage, kScreen, kAlias };

// 128 bits of keyed hash of (source, messageId): the de-duplication key.
struct Fingerprint {
  uint64_t hi = 0, lo = 0;
  bool operator==(const Fingerprint&) const = default;
};
Fingerprint MessageFingerprint(uint32_t source_id, std::string_view message_id);

struct EventRecord {
  EventType type = EventType::kTrack;
  uint32_t source_id = 0;
  int64_t timestamp_ms = 0;  // skew-corrected event time
  int64_t received_ms = 0;   // when Banso received it
  Fingerprint fingerprint;
  std::string_view message_id;
  std::string_view user_id;       // "" when absent
  std::string_view anonymous_id;  // "" when absent
  std::string_view target_id;     // group: groupId; alias: previousId; else context.groupId or ""
  std::string_view name;          // track: event; page/screen: name; else ""
  std::string_view json;          // the message object as received
};

// Appends the binary encoding of r to out (the log's record payload).
void EncodeRecord(const EventRecord& r, std::string& out);
// Decodes a payload written by EncodeRecord; the views point into payload. False if malformed.
bool DecodeRecord(std::string_view payload, EventRecord& r);

}  // namespace banso::events

namespace banso {
template <>
inline constexpr auto kEnumNames<events::EventType> = std::to_array<EnumName<events::EventType>>({
    {events::EventType::kIdentify, "identify"},
    {events::EventType::kGroup, "group"},
    {events::EventType::kTrack, "track"},
    {events::EventType::kPage, "page"},
    {events::EventType::kScreen, "screen"},
    {events::EventType::kAlias, "alias"},
});
}  // namespace banso
