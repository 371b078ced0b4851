#include "events/event_record.h"

#include <sodium.h>

#include <cstring>

namespace banso::events {
namespace {

// Fixed SipHash keys: fingerprints are persisted (log sidecars), so they must not change
// between runs. A source can only collide with its own messages, since the source id is hashed.
constexpr unsigned char kKeyHi[crypto_shorthash_KEYBYTES] = {
    'b', 'a', 'n', 's', 'o', '-', 'd', 'e', 'd', 'u', 'p', '-', 'h', 'i', '-', '1'};
constexpr unsigned char kKeyLo[crypto_shorthash_KEYBYTES] = {
    'b', 'a', 'n', 's', 'o', '-', 'd', 'e', 'd', 'u', 'p', '-', 'l', 'o', '-', '1'};

#pragma pack(push, 1)
struct Header {
  uint8_t type;
  uint8_t reserved[3];
  uint32_t source_id;
  int64_t timestamp_ms;
  int64_t received_ms;
  uint64_t fp_hi, fp_lo;
  uint16_t message_id_len, user_id_len, anonymous_id_len, target_id_len, name_len;
  uint32_t json_len;
};
#pragma pack(pop)

}  // namespace

Fingerprint MessageFingerprint(uint32_t source_id, std::string_view message_id) {
  unsigned char buf[4 + 256];
  size_t n = std::min<size_t>(message_id.size(), sizeof buf - 4);
  std::memcpy(buf, &source_id, 4);
  std::memcpy(buf + 4, message_id.data(), n);
  Fingerprint fp;
  crypto_shorthash(reinterpret_cast<unsigned char*>(&fp.hi), buf, 4 + n, kKeyHi);
  crypto_shorthash(reinterpret_cast<unsigned char*>(&fp.lo), buf, 4 + n, kKeyLo);
  return fp;
}

void EncodeRecord(const EventRecord& r, std::string& out) {
  Header h{};
  h.type = static_cast<uint8_t>(r.type);
  h.source_id = r.source_id;
  h.timestamp_ms = r.timestamp_ms;
  h.received_ms = r.received_ms;
  h.fp_hi = r.fingerprint.hi;
  h.fp_lo = r.fingerprint.lo;
  h.message_id_len = static_cast<uint16_t>(r.message_id.size());
  h.user_id_len = static_cast<uint16_t>(r.user_id.size());
  h.anonymous_id_len = static_cast<uint16_t>(r.anonymous_id.size());
  h.target_id_len = static_cast<uint16_t>(r.target_id.size());
  h.name_len = static_cast<uint16_t>(r.name.size());
  h.json_len = static_cast<uint32_t>(r.json.size());
  out.append(reinterpret_cast<const char*>(&h), sizeof h);
  for (std::string_view s : {r.message_id, r.user_id, r.anonymous_id, r.target_id, r.name, r.json})
    out.append(s);
}

bool DecodeRecord(std::string_view payload, EventRecord& r) {
  Header h;
  if (payload.size() < sizeof h) return false;
  std::memcpy(&h, payload.data(), sizeof h);
  if (h.type < static_cast<uint8_t>(EventType::kIdentify) ||
      h.type > static_cast<uint8_t>(EventType::kAlias))
    return false;
  size_t need = sizeof h + size_t{h.message_id_len} + h.user_id_len + h.anonymous_id_len +
                h.target_id_len + h.name_len + h.json_len;
  if (payload.size() != need) return false;
  r.type = static_cast<EventType>(h.type);
  r.source_id = h.source_id;
  r.timestamp_ms = h.timestamp_ms;
  r.received_ms = h.received_ms;
  r.fingerprint = {h.fp_hi, h.fp_lo};
  size_t pos = sizeof h;
  auto take = [&](size_t n) {
    std::string_view s = payload.substr(pos, n);
    pos += n;
    return s;
  };
  r.message_id = take(h.message_id_len);
  r.user_id = take(h.user_id_len);
  r.anonymous_id = take(h.anonymous_id_len);
  r.target_id = take(h.target_id_len);
  r.name = take(h.name_len);
  r.json = take(h.json_len);
  return true;
}

}  // namespace banso::events
