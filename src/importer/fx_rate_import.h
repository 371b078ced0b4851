#pragma once
// The CSV import of monthly exchange rates into the reporting currency: month, currency, rate
// ("2026-11,USD,151.2"; 月 / 通貨 / レート in Japanese files). Rates have no external id: a
// row inserts or overwrites the rate of its month and currency. All rows or none, like every
// import (importer/import_runner.h).
#include "app/app.h"
#include "auth/actor.h"
#include "importer/csv_reader.h"
#include "importer/import_runner.h"

namespace banso {

// "2026-11" from "2026-11", "2026/11", "2026-11-01", "2026/11/1" or "2026年11月"; the text as
// it was when it is none of these (so that validation names it).
std::string NormaliseMonth(std::string_view text);

// Reads the rows after the header into the report; a real run without rejected rows writes
// them. Throws ImportRejected as RunImport does.
void ImportFxRates(app::App& app, const auth::Actor& actor, CsvReader& reader,
                   const ImportRequest& request, const HeaderMapping& mapping,
                   ImportReport& report);

}  // namespace banso
