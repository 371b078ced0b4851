#include "events/segment_parser.h"

#include <simdjson.h>

#include <span>

#include "auth/secrets.h"
#include "core/date.h"
#include "core/error.h"
#include "core/text.h"

namespace banso::events {
namespace od = simdjson::ondemand;

namespace {

struct BadItem {
  std::string field, reason;
};

// Deepest nesting of objects and arrays in a message's text (valid JSON: the whole body was
// validated before).
int NestingDepth(std::string_view json) {
  int depth = 0, deepest = 0;
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
      deepest = std::max(deepest, ++depth);
    } else if (c == '}' || c == ']') {
      --depth;
    }
  }
  return deepest;
}

constexpr int64_t kEarliestEventMs = 946'684'800'000;  // 2000-01-01T00:00:00Z

std::string_view TrimRight(std::string_view s) {
  while (!s.empty() &&
         (s.back() == ' ' || s.back() == '\n' || s.back() == '\r' || s.back() == '\t'))
    s.remove_suffix(1);
  return s;
}

// get_string() unescapes into the parser's own buffer, which the thread's next request reuses.
// A string a record keeps must point into the body (the request's views do), or into
// request.owned when it had escapes and so differs from its text in the body.
std::string_view Kept(std::string_view raw_token, std::string_view s,
                      std::deque<std::string>& owned) {
  raw_token = TrimRight(raw_token);
  if (raw_token.size() == s.size() + 2 && raw_token.substr(1, s.size()) == s)
    return raw_token.substr(1, s.size());
  owned.emplace_back(s);
  return owned.back();
}

// A string, or a number's own text (Segment accepts numeric ids); anything else is an error.
std::string_view IdValue(od::value v, const char* field, size_t max_bytes,
                         std::deque<std::string>& owned) {
  od::json_type t;
  if (v.type().get(t)) throw Invalid("body", "invalid JSON");
  std::string_view s;
  if (t == od::json_type::string) {
    std::string_view raw = v.raw_json_token();
    if (v.get_string().get(s)) throw Invalid("body", "invalid JSON");
    s = Kept(raw, s, owned);
  } else if (t == od::json_type::number) {
    s = TrimRight(v.raw_json_token());
  } else if (t == od::json_type::null) {
    return {};
  } else {
    throw BadItem{field, "must be a string"};
  }
  if (s.size() > max_bytes)
    throw BadItem{field, "is longer than " + std::to_string(max_bytes) + " bytes"};
  if (s.find('\0') != std::string_view::npos)
    throw BadItem{field, "must not contain NUL characters"};
  return s;
}

// owned: where to keep the string when the record keeps it (see Kept); nullptr for a look only.
std::string_view StringValue(od::value v, const char* field,
                             std::deque<std::string>* owned = nullptr) {
  std::string_view s;
  od::json_type t;
  if (v.type().get(t)) throw Invalid("body", "invalid JSON");
  if (t == od::json_type::null) return {};
  if (t != od::json_type::string) throw BadItem{field, "must be a string"};
  std::string_view raw = v.raw_json_token();
  if (v.get_string().get(s)) throw Invalid("body", "invalid JSON");
  return owned ? Kept(raw, s, *owned) : s;
}

std::optional<int64_t> TimeValue(od::value v, const char* field) {
  std::string_view s = StringValue(v, field);
  if (s.empty()) return std::nullopt;
  auto t = Timestamp::Parse(s);
  if (!t)
    throw BadItem{field,
                  "must be an ISO-8601 date-time with a zone, like 2026-11-23T10:15:00.000Z"};
  return t->ms;
}

// Segment's context.groupId attributes a track/page/screen call to an account directly.
std::string_view ContextGroupId(std::string_view context_json, std::deque<std::string>& owned) {
  if (context_json.find("\"groupId\"") == std::string_view::npos) return {};
  thread_local od::parser parser;
  simdjson::padded_string padded(context_json);
  od::document doc;
  if (parser.iterate(padded).get(doc)) return {};
  std::string_view group;
  if (doc["groupId"].get_string().get(group)) return {};
  owned.emplace_back(group);
  return owned.back();
}

// The keys we read, each of which may appear once: with two, which one counts would depend on
// the reader. Other keys are stored as sent and not looked at.
class KeysSeen {
 public:
  explicit KeysSeen(std::span<const std::string_view> known) : known_(known) {}
  bool First(std::string_view key) {
    for (size_t i = 0; i < known_.size(); ++i) {
      if (known_[i] != key) continue;
      if (seen_ & (1u << i)) return false;
      seen_ |= 1u << i;
      return true;
    }
    return true;
  }

 private:
  std::span<const std::string_view> known_;
  uint32_t seen_ = 0;
};

constexpr std::string_view kMessageKeys[] = {
    "type",   "userId",  "anonymousId", "messageId", "event",
    "name",   "groupId", "previousId",  "timestamp", "originalTimestamp",
    "sentAt", "context", "properties",  "traits",    "writeKey"};
constexpr std::string_view kBatchKeys[] = {"batch", "sentAt", "writeKey"};

// The write key in the body (the Basic auth header is the other place): a string without NULs.
std::string_view WriteKeyValue(od::value v) {
  std::string_view key;
  try {
    key = StringValue(v, "writeKey");
  } catch (BadItem& bad) {
    throw Invalid(bad.field, bad.reason);
  }
  if (key.find('\0') != std::string_view::npos)
    throw Invalid("writeKey", "must not contain NUL characters");
  return key;
}

struct BatchDefaults {
  std::optional<int64_t> sent_at;
};

// The message's text, within the limits of size and nesting.
std::string_view CheckedMessageText(od::object& item, int index, bool single,
                                    const SegmentLimits& limits) {
  std::string_view raw;
  if (item.raw_json().get(raw)) throw Invalid("body", "invalid JSON");
  raw = TrimRight(raw);
  if (raw.size() > limits.max_message_bytes)
    // Segment refuses the whole request when one message is over the limit.
    throw Invalid(single ? "body" : "batch[" + std::to_string(index) + "]",
                  "the message is " + std::to_string(raw.size()) + " bytes; the limit is " +
                      std::to_string(limits.max_message_bytes / 1024) + " KB per message");
  if (NestingDepth(raw) > limits.max_depth)
    throw BadItem{"properties",
                  "is nested deeper than " + std::to_string(limits.max_depth - 1) + " levels"};
  if (item.reset().error()) throw Invalid("body", "invalid JSON");
  return raw;
}

// What a message says, each key checked on its own; what they mean together is checked after.
struct MessageFields {
  std::optional<EventType> type;
  std::optional<int64_t> timestamp, sent_at;
  std::string_view event, page_name, group_id, previous_id, context;
  bool has_event = false;
};

// An object's text, or "" for null; anything else is the item's error.
std::string_view ObjectText(od::value v, std::string_view key) {
  od::json_type t;
  if (v.type().get(t)) throw Invalid("body", "invalid JSON");
  if (t == od::json_type::null) return {};
  if (t != od::json_type::object) throw BadItem{std::string(key), "must be an object"};
  od::object object;
  std::string_view text;
  if (v.get_object().get(object) || object.raw_json().get(text))
    throw Invalid("body", "invalid JSON");
  return text;
}

std::string_view MessageIdValue(od::value v, const SegmentLimits& limits,
                                std::deque<std::string>& owned) {
  std::string_view id = StringValue(v, "messageId", &owned);
  if (id.find('\0') != std::string_view::npos)
    throw BadItem{"messageId", "must not contain NUL characters"};
  if (CodePointCount(id) > limits.max_message_id_chars)
    throw BadItem{"messageId",
                  "is longer than " + std::to_string(limits.max_message_id_chars) + " characters"};
  return id;
}

// Reads the keys of the message: the ids into r, the rest into the answer.
MessageFields ReadFields(od::object item, std::optional<EventType> path_type,
                         const BatchDefaults& defaults, const SegmentLimits& limits,
                         std::deque<std::string>& owned, EventRecord& r) {
  MessageFields m{.type = path_type, .sent_at = defaults.sent_at};
  KeysSeen seen(kMessageKeys);
  for (auto field : item) {
    std::string_view key;
    if (field.unescaped_key().get(key)) throw Invalid("body", "invalid JSON");
    if (!seen.First(key)) throw BadItem{std::string(key), "appears more than once in the message"};
    od::value v = field.value();
    if (key == "type") {
      std::string_view named = StringValue(v, "type");
      if (!path_type) {
        m.type = EnumFromString<EventType>(named);
        if (!m.type) throw BadItem{"type", "must be " + EnumChoices<EventType>()};
      }
    } else if (key == "userId") {
      r.user_id = IdValue(v, "userId", limits.max_id_bytes, owned);
    } else if (key == "anonymousId") {
      r.anonymous_id = IdValue(v, "anonymousId", limits.max_id_bytes, owned);
    } else if (key == "messageId") {
      r.message_id = MessageIdValue(v, limits, owned);
    } else if (key == "event") {
      m.event = StringValue(v, "event", &owned);
      m.has_event = true;
    } else if (key == "name") {
      m.page_name = StringValue(v, "name", &owned);
    } else if (key == "groupId") {
      m.group_id = IdValue(v, "groupId", limits.max_id_bytes, owned);
    } else if (key == "previousId") {
      m.previous_id = IdValue(v, "previousId", limits.max_id_bytes, owned);
    } else if (key == "timestamp") {
      m.timestamp = TimeValue(v, "timestamp");
    } else if (key == "originalTimestamp") {
      if (!m.timestamp) m.timestamp = TimeValue(v, "originalTimestamp");
    } else if (key == "sentAt") {
      if (auto sent = TimeValue(v, "sentAt")) m.sent_at = sent;
    } else if (key == "context") {
      m.context = ObjectText(v, key);
    } else if (key == "properties" || key == "traits") {
      ObjectText(v, key);
    }
  }
  return m;
}

void CheckNameLength(std::string_view name, const char* field, const SegmentLimits& limits) {
  if (CodePointCount(name) > limits.max_event_name_chars)
    throw BadItem{field,
                  "is longer than " + std::to_string(limits.max_event_name_chars) + " characters"};
}

// What each call type needs: a track's event name, a page's name, a group's or alias's target.
void SetNameAndTarget(const MessageFields& m, const SegmentLimits& limits,
                      std::deque<std::string>& owned, EventRecord& r) {
  if (!m.type) throw BadItem{"type", "is required in a batch item: " + EnumChoices<EventType>()};
  r.type = *m.type;
  if (r.user_id.empty() && r.anonymous_id.empty())
    throw BadItem{"userId", "every message needs a userId or an anonymousId"};
  switch (r.type) {
    case EventType::kTrack:
      if (!m.has_event || m.event.empty())
        throw BadItem{"event", "a track call needs an event name"};
      CheckNameLength(m.event, "event", limits);
      r.name = m.event;
      break;
    case EventType::kPage:
    case EventType::kScreen:
      CheckNameLength(m.page_name, "name", limits);
      r.name = m.page_name;
      break;
    case EventType::kGroup:
      if (m.group_id.empty()) throw BadItem{"groupId", "a group call needs a groupId"};
      r.target_id = m.group_id;
      break;
    case EventType::kAlias:
      if (m.previous_id.empty()) throw BadItem{"previousId", "an alias call needs a previousId"};
      if (r.user_id.empty()) throw BadItem{"userId", "an alias call needs the new userId"};
      r.target_id = m.previous_id;
      break;
    case EventType::kIdentify: break;
  }
  if (r.target_id.empty() && !m.context.empty()) r.target_id = ContextGroupId(m.context, owned);
}

// Segment's skew correction: the client's clock may be wrong, but the interval between the
// event and the request's sentAt is right, so anchor it at our own receivedAt.
void SetTimes(const MessageFields& m, int64_t received_ms, const SegmentLimits& limits,
              EventRecord& r) {
  r.received_ms = received_ms;
  if (m.timestamp && m.sent_at)
    r.timestamp_ms = received_ms - (*m.sent_at - *m.timestamp);
  else if (m.timestamp)
    r.timestamp_ms = *m.timestamp;
  else
    r.timestamp_ms = received_ms;
  if (r.timestamp_ms < kEarliestEventMs)
    throw BadItem{"timestamp", "is before 2000-01-01; a clock that far off is a bug, not usage"};
  if (r.timestamp_ms > received_ms + limits.max_future_ms)
    throw BadItem{"timestamp", "is more than " + std::to_string(limits.max_future_ms / 3600000) +
                                   " hours in the future"};
}

void ParseItem(od::object item, int index, std::optional<EventType> path_type,
               const BatchDefaults& defaults, int64_t received_ms, const SegmentLimits& limits,
               SegmentRequest& request, EventRecord& r) {
  std::string_view text = CheckedMessageText(item, index, path_type.has_value(), limits);
  r = EventRecord{};
  r.json = text;
  MessageFields m = ReadFields(item, path_type, defaults, limits, request.owned, r);
  SetNameAndTarget(m, limits, request.owned, r);
  SetTimes(m, received_ms, limits, r);
  if (r.message_id.empty()) {
    // Without a messageId a retry cannot be recognised; give it one so the log is uniform.
    request.owned.push_back("banso-" + auth::RandomToken(16));
    r.message_id = request.owned.back();
  }
}

std::string JsonError(simdjson::error_code e) {
  return std::string("invalid JSON: ") + simdjson::error_message(e);
}

}  // namespace

void ParseSegmentRequest(std::optional<EventType> path_type, int64_t received_ms,
                         const SegmentLimits& limits, SegmentRequest& request) {
  size_t limit = path_type ? limits.max_message_bytes : limits.max_batch_bytes;
  if (request.body.size() > limit)
    throw Invalid("body", "the request is " + std::to_string(request.body.size()) +
                              " bytes; the limit is " + std::to_string(limit / 1024) + " KB");
  request.body.reserve(request.body.size() + simdjson::SIMDJSON_PADDING);
  // The on-demand parser below checks only what it reads; a malformed value inside properties
  // or traits would be stored as sent. One full validation first (stage 1 runs at GB/s).
  {
    thread_local simdjson::dom::parser validator;
    simdjson::dom::element ignored;
    auto v = validator
                 .parse(reinterpret_cast<const uint8_t*>(request.body.data()), request.body.size(),
                        false)
                 .get(ignored);
    if (v) throw Invalid("body", JsonError(v));
  }
  thread_local od::parser parser;
  od::document doc;
  auto e = parser
               .iterate(simdjson::padded_string_view(request.body.data(), request.body.size(),
                                                     request.body.capacity()))
               .get(doc);
  if (e) throw Invalid("body", JsonError(e));
  od::object top;
  if ((e = doc.get_object().get(top))) throw Invalid("body", "the body must be a JSON object");

  auto reject = [&](int index, BadItem bad, std::string_view message_id) {
    request.rejected.push_back(
        {index, std::move(bad.field), std::move(bad.reason), std::string(message_id)});
  };

  if (path_type) {
    EventRecord r;
    try {
      ParseItem(top, 0, path_type, {}, received_ms, limits, request, r);
      request.events.push_back(r);
    } catch (BadItem& bad) {
      reject(0, std::move(bad), r.message_id);
    }
    // writeKey may sit in the message itself.
    if (top.reset().error()) throw Invalid("body", "invalid JSON");
    od::value key;
    if (!top["writeKey"].get(key)) request.write_key = WriteKeyValue(key);
    return;
  }

  // A batch: the items may come before sentAt, so collect the top level first.
  BatchDefaults defaults;
  bool has_batch = false;
  KeysSeen seen(kBatchKeys);
  for (auto field : top) {
    std::string_view key;
    if ((e = field.unescaped_key().get(key))) throw Invalid("body", JsonError(e));
    if (!seen.First(key)) throw Invalid(std::string(key), "appears more than once in the request");
    if (key == "sentAt") {
      try {
        defaults.sent_at = TimeValue(field.value(), "sentAt");
      } catch (BadItem& bad) {
        throw Invalid(bad.field, bad.reason);
      }
    } else if (key == "writeKey") {
      request.write_key = WriteKeyValue(field.value());
    } else if (key == "batch") {
      has_batch = true;
    }
  }
  if (!has_batch) throw Invalid("batch", "a batch request needs a \"batch\" array");
  if ((e = top.reset().error())) throw Invalid("body", JsonError(e));
  od::array items;
  if ((e = top["batch"].get_array().get(items)))
    throw Invalid("batch", "must be an array of messages");
  int index = 0;
  for (auto element : items) {
    if ((e = element.error())) throw Invalid("body", JsonError(e));
    od::object item;
    EventRecord r;
    od::json_type t;
    if ((e = element.type().get(t))) throw Invalid("body", JsonError(e));
    if (t != od::json_type::object || element.get_object().get(item)) {
      // The array iterator skips whatever of an item was not read.
      reject(index++, {"", "each batch item must be a JSON object"}, "");
      continue;
    }
    try {
      ParseItem(item, index, std::nullopt, defaults, received_ms, limits, request, r);
      request.events.push_back(r);
    } catch (BadItem& bad) {
      reject(index, std::move(bad), r.message_id);
    }
    ++index;
  }
}

}  // namespace banso::events
