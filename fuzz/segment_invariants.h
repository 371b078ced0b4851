#pragma once
// What must hold for any request body given to the Segment parser, whatever the bytes: shared by
// the libFuzzer target (fuzz/segment_parser_fuzz.cpp) and the regular test that replays the
// fuzz corpus (tests/events_fuzz_corpus). CheckSegmentInput returns the violations found, ""
// when there are none; request-level rejections (banso::Error) are expected and not violations.
//
// The input is parsed as a /v1/batch body, and as a single message (/v1/track, /v1/identify...):
// when it starts like a JSON body ('{' or white space), as each of the six types in turn;
// otherwise its first byte picks the type and the rest is the body.
#include <simdjson.h>

#include <algorithm>
#include <cstdint>
#include <deque>
#include <exception>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "events/event_record.h"
#include "events/segment_parser.h"

namespace banso::fuzz {

inline constexpr int64_t kFuzzReceivedMs = 1795000000000;  // the receivedAt of every parse

inline size_t FuzzUtf8Chars(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

inline bool FuzzInside(std::string_view view, const std::string& s) {
  auto begin = reinterpret_cast<uintptr_t>(s.data()), end = begin + s.size();
  auto b = reinterpret_cast<uintptr_t>(view.data());
  return b >= begin && b <= end && view.size() <= end - b;
}

// Every non-empty view must point into the request's body or one of its owned strings.
inline bool FuzzOwnedByRequest(std::string_view view, const events::SegmentRequest& request) {
  if (view.empty()) return true;
  if (FuzzInside(view, request.body)) return true;
  for (const std::string& s : request.owned)
    if (FuzzInside(view, s)) return true;
  return false;
}

// The batch's item count by a second, fully validating parser (simdjson DOM), or nullopt when
// the body is not valid JSON with a "batch" array (the on-demand parser reads lazily and may
// accept what DOM refuses, so only the valid cases are compared).
struct FuzzDomView {
  bool valid_json = false;
  bool top_is_object = false;
  std::optional<size_t> batch_items;
};

inline FuzzDomView FuzzDomParse(std::string_view body) {
  FuzzDomView out;
  thread_local simdjson::dom::parser parser;
  simdjson::dom::element doc;
  if (parser.parse(body.data(), body.size(), true).get(doc)) return out;
  out.valid_json = true;
  simdjson::dom::object top;
  if (doc.get_object().get(top)) return out;
  out.top_is_object = true;
  // The on-demand parser takes the first "batch" key, as DOM's at_key does.
  simdjson::dom::array batch;
  if (top.at_key("batch").get_array().get(batch)) return out;
  out.batch_items = batch.size();
  return out;
}

// The brackets of a stored message's text, outside its strings, nest properly and the first
// closes at the last character (On Demand alone would end a message at a mismatched bracket).
inline bool FuzzBracketsMatch(std::string_view json) {
  std::string open;
  bool in_string = false;
  for (size_t i = 0; i < json.size(); ++i) {
    char c = json[i];
    if (in_string) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      open.push_back(c == '{' ? '}' : ']');
    } else if (c == '}' || c == ']') {
      if (open.empty() || open.back() != c) return false;
      open.pop_back();
      if (open.empty() && i + 1 != json.size()) return false;
    }
  }
  return open.empty() && !in_string;
}

inline bool FuzzValidJsonObject(std::string_view json) {
  thread_local simdjson::dom::parser parser;
  simdjson::dom::element doc;
  return !parser.parse(json.data(), json.size(), true).get(doc) && doc.is_object();
}

inline void FuzzCheckRecord(const events::EventRecord& r,
                            std::optional<events::EventType> path_type,
                            const events::SegmentRequest& request,
                            const events::SegmentLimits& limits, bool body_is_valid_json,
                            const std::string& where, std::string& out) {
  using events::EventType;
  auto fail = [&](const std::string& what) { out += where + ": " + what + "\n"; };
  auto type = static_cast<uint8_t>(r.type);
  if (type < static_cast<uint8_t>(EventType::kIdentify) ||
      type > static_cast<uint8_t>(EventType::kAlias))
    fail("type " + std::to_string(type) + " is not an event type");
  if (path_type && r.type != *path_type) fail("the type is not the path's");
  if (r.message_id.empty()) fail("empty message_id");
  if (FuzzUtf8Chars(r.message_id) > limits.max_message_id_chars) fail("message_id over the limit");
  if (r.user_id.empty() && r.anonymous_id.empty()) fail("neither user_id nor anonymous_id");
  if (r.user_id.size() > limits.max_id_bytes) fail("user_id over the limit");
  if (r.anonymous_id.size() > limits.max_id_bytes) fail("anonymous_id over the limit");
  switch (r.type) {
    case EventType::kTrack:
      if (r.name.empty()) fail("a track event without a name");
      if (FuzzUtf8Chars(r.name) > limits.max_event_name_chars) fail("track name over the limit");
      break;
    case EventType::kPage:
    case EventType::kScreen:
      if (FuzzUtf8Chars(r.name) > limits.max_event_name_chars)
        fail("page/screen name over the limit");
      break;
    case EventType::kGroup:
      if (r.target_id.empty()) fail("a group call without a groupId");
      if (r.target_id.size() > limits.max_id_bytes) fail("groupId over the limit");
      if (!r.name.empty()) fail("a group call with a name");
      break;
    case EventType::kAlias:
      if (r.target_id.empty()) fail("an alias call without a previousId");
      if (r.user_id.empty()) fail("an alias call without a userId");
      if (r.target_id.size() > limits.max_id_bytes) fail("previousId over the limit");
      if (!r.name.empty()) fail("an alias call with a name");
      break;
    case EventType::kIdentify:
      if (!r.name.empty()) fail("an identify call with a name");
      break;
  }
  if (r.received_ms != kFuzzReceivedMs) fail("received_ms is not the request's");
  if (r.timestamp_ms > r.received_ms + limits.max_future_ms)
    fail("timestamp too far in the future");
  if (r.json.size() < 2 || r.json.front() != '{' || r.json.back() != '}')
    fail("json is not an object's text");
  if (r.json.size() > limits.max_message_bytes) fail("json over the message limit");
  if (!FuzzInside(r.json, request.body)) fail("json does not point into the body");
  if (!FuzzBracketsMatch(r.json)) fail("json's brackets do not match");
  if (body_is_valid_json && !FuzzValidJsonObject(r.json)) fail("json is not a valid JSON object");
  const std::pair<const char*, std::string_view> views[] = {
      {"message_id", r.message_id}, {"user_id", r.user_id}, {"anonymous_id", r.anonymous_id},
      {"target_id", r.target_id},   {"name", r.name},       {"json", r.json}};
  for (const auto& [field, view] : views)
    if (!FuzzOwnedByRequest(view, request))
      fail(std::string(field) + " points outside the request");

  // What the log stores must come back exactly.
  events::EventRecord stamped = r;
  stamped.source_id = 7;
  stamped.fingerprint = events::MessageFingerprint(7, r.message_id);
  std::string payload;
  events::EncodeRecord(stamped, payload);
  events::EventRecord back;
  if (!events::DecodeRecord(payload, back)) {
    fail("DecodeRecord refused EncodeRecord's payload");
    return;
  }
  if (back.type != stamped.type || back.source_id != stamped.source_id ||
      back.timestamp_ms != stamped.timestamp_ms || back.received_ms != stamped.received_ms ||
      !(back.fingerprint == stamped.fingerprint) || back.message_id != stamped.message_id ||
      back.user_id != stamped.user_id || back.anonymous_id != stamped.anonymous_id ||
      back.target_id != stamped.target_id || back.name != stamped.name || back.json != stamped.json)
    fail("EncodeRecord/DecodeRecord does not round-trip");
}

// One parse of body; path_type nullopt is /v1/batch. dom: the body's DOM view, parsed on first
// need.
inline void FuzzCheckParse(std::optional<events::EventType> path_type, std::string_view body,
                           std::optional<FuzzDomView>& dom, std::string& out) {
  const events::SegmentLimits limits;
  std::string where =
      path_type ? "single " + std::string(EnumToString(*path_type)) : std::string("batch");
  auto fail = [&](const std::string& what) { out += where + ": " + what + "\n"; };
  events::SegmentRequest request;
  request.body.assign(body.data(), body.size());
  try {
    events::ParseSegmentRequest(path_type, kFuzzReceivedMs, limits, request);
  } catch (const Error&) {
    return;  // a request-level rejection (400): expected for bad input
  } catch (const std::exception& e) {
    fail(std::string("threw a non-banso exception: ") + e.what());
    return;
  } catch (...) {
    fail("threw something that is not an exception");
    return;
  }
  if (request.body != body) fail("the body was changed");
  if (!dom) dom = FuzzDomParse(body);
  for (size_t i = 0; i < request.events.size(); ++i)
    FuzzCheckRecord(request.events[i], path_type, request, limits, dom->valid_json,
                    where + " event " + std::to_string(i), out);

  std::set<int> indexes;
  for (const events::ItemRejection& x : request.rejected) {
    if (!indexes.insert(x.index).second)
      fail("rejection index " + std::to_string(x.index) + " repeated");
    if (x.index < 0) fail("negative rejection index");
    if (x.reason.empty()) fail("a rejection without a reason");
  }
  size_t total = request.events.size() + request.rejected.size();
  if (path_type) {
    if (total != 1) fail("a single message gave " + std::to_string(total) + " results");
    if (!request.rejected.empty() && request.rejected[0].index != 0)
      fail("a single message's rejection is not index 0");
  } else {
    if (!request.rejected.empty() && *indexes.rbegin() >= static_cast<int>(total))
      fail("rejection index " + std::to_string(*indexes.rbegin()) + " beyond the batch's " +
           std::to_string(total));
    if (dom->valid_json) {
      if (!dom->top_is_object)
        fail("accepted a body that is not an object");
      else if (!dom->batch_items)
        fail("accepted a body without a batch array");
      else if (*dom->batch_items != total)
        fail("accepted " + std::to_string(request.events.size()) + " and rejected " +
             std::to_string(request.rejected.size()) + " of " + std::to_string(*dom->batch_items) +
             " batch items");
    }
  }
}

inline std::string CheckSegmentInput(std::string_view data) {
  using events::EventType;
  static constexpr EventType kTypes[] = {EventType::kIdentify, EventType::kGroup,
                                         EventType::kTrack,    EventType::kPage,
                                         EventType::kScreen,   EventType::kAlias};
  std::string out;
  std::optional<FuzzDomView> dom;
  FuzzCheckParse(std::nullopt, data, dom, out);
  if (data.empty()) return out;
  char first = data.front();
  if (first == '{' || first == ' ' || first == '\n' || first == '\r' || first == '\t') {
    for (EventType t : kTypes) FuzzCheckParse(t, data, dom, out);
  } else {
    std::optional<FuzzDomView> rest_dom;
    FuzzCheckParse(kTypes[static_cast<unsigned char>(first) % 6], data.substr(1), rest_dom, out);
  }
  return out;
}

}  // namespace banso::fuzz
