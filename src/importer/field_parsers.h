#pragma once
// Parsers for the cell values of imported CSV files, in the forms Excel, Salesforce and HubSpot
// write. Each ignores surrounding ASCII spaces and throws Invalid with an empty field and a
// message quoting the value; the import runner adds the column and line.
#include <string>
#include <string_view>

#include "core/date.h"
#include "core/money.h"

namespace banso {

// YYYY-MM-DD, YYYY/MM/DD, YYYY/M/D (Excel in Japan) or YYYY年M月D日; a real calendar day.
Date ParseImportDate(std::string_view text);

// A moment: ISO 8601 with an offset ("2026-04-01T10:00+09:00", "…Z"); a date and a time without
// one ("2026/04/01 10:00"), read as Japan time (UTC+09:00) as Japanese CRM exports write it; or a
// date alone, as noon UTC (the same calendar day from UTC−11 to UTC+11).
Timestamp ParseImportTime(std::string_view text);

// true/false, 1/0, yes/no, はい/いいえ; ASCII case ignored.
bool ParseImportBool(std::string_view text);

// An amount in major units ("120,000", "¥120,000", "￥120,000", "120,000円", "$1,200.50",
// "1200.5") as Money in `currency` (an ISO 4217 code Banso knows, any case). Rejects negative
// amounts, more decimals than the currency has (JPY "100.5"), commas not grouping thousands (so
// that a decimal comma "1200,50" is not read as 120050), and a symbol of another currency.
Money ParseImportAmount(std::string_view text, std::string_view currency);

// The band of an employee count: "1-9", "10-49", "50-249", "250-999", "1000-4999", "5000+".
// REQUIRES: count >= 1.
std::string_view EmployeeBandForCount(long long count);

// A band label as above, or a head count such as "1,200", as a band label.
std::string_view ParseEmployeeBand(std::string_view text);

// A whole positive count such as "25" or "1,200" (licensed seats).
long long ParseImportCount(std::string_view text);

// The host of a web address or a bare domain, in lowercase ASCII (IDNA) without "www.":
// "https://www.Example.co.jp/about" → "example.co.jp".
std::string ParseDomain(std::string_view text);

}  // namespace banso
