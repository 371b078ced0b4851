#pragma once
// The events module's answers as the API words them (docs/openapi.json): figures rounded for
// people, times as ISO-8601, missing values as null.
#include <nlohmann/json.hpp>

#include <vector>

#include "events/event_service.h"
#include "events/usage_queries.h"

namespace banso::events {

nlohmann::json ToJson(const CatalogItem& item);
nlohmann::json ToJson(const VolumeSeries& volume);
nlohmann::json ToJson(const AccountUsage& usage);
nlohmann::json ToJson(const ActiveUsers& active);
nlohmann::json ToJson(const SourceActivity& source);
nlohmann::json ToJson(const EventStatus& status);

}  // namespace banso::events
