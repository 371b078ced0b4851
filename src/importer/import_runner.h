#pragma once
// The CSV import of accounts, contacts, contracts and exchange rates, shared by `banso import` and
// POST /api/v1/imports/{kind}. A file is decoded, its header mapped, and every row converted and
// validated; a real run then upserts all rows by external id in one transaction with one audit
// entry, or writes nothing at all when any row is rejected.
//
// Columns the file does not have keep their stored values on update (a Salesforce export does
// not wipe the journey stage set in Banso); a column with an empty cell clears an optional value.
#include <nlohmann/json.hpp>

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/app.h"
#include "auth/actor.h"
#include "core/error.h"
#include "importer/header_mapping.h"
#include "importer/text_encoding.h"

namespace banso {

struct ImportRequest {
  ImportKind kind = ImportKind::kAccounts;
  std::string bytes;                 // the file as uploaded
  std::optional<Encoding> encoding;  // nullopt: detect
  bool dry_run = false;
  std::string file_name;  // recorded in the audit entry when known
  // The columns the user mapped by hand (header → field, "" to leave out). Empty: the mapping
  // remembered for `source`, if any. A real run remembers a given mapping for its source.
  std::map<std::string, std::string> mapping;
  std::string source;  // salesforce, hubspot, banso, other; "" for none
};

// Throws Invalid("source") for a name other than salesforce, hubspot, banso and other.
void CheckImportSource(const std::string& source);

struct RejectedRow {
  int line = 0;         // 1-based line of the file where the row starts
  std::string field;    // the canonical import field ("start_date"), or "" for the whole row
  std::string message;  // English; the JSON adds its reason code and params (core/error_reason.h)
};

struct ImportReport {
  ImportKind kind = ImportKind::kAccounts;
  bool dry_run = false;
  Encoding encoding = Encoding::kUtf8;
  long long total_rows = 0;
  long long inserted = 0;             // a dry run: rows that would be inserted
  long long updated = 0;              // a dry run: rows whose external id exists
  std::vector<RejectedRow> rejected;  // the first kMaxListedRejections
  long long rejected_count = 0;       // all of them
  std::vector<MappedColumn> columns;
  std::map<std::string, std::string> mapping;  // the user's choices applied
  bool mapping_remembered = false;             // from an earlier import of the same source

  static constexpr size_t kMaxListedRejections = 1000;

  // Counts a rejected row and lists it while fewer than kMaxListedRejections are.
  void Reject(int line, std::string field, std::string message);
};

nlohmann::json ToJson(const ImportReport& report);

// Thrown by a real run in which rows were rejected; nothing was written. HTTP answers 422 with
// the report beside the error.
class ImportRejected : public Error {
 public:
  explicit ImportRejected(ImportReport report);
  const ImportReport& report() const { return report_; }

 private:
  ImportReport report_;
};

// Thrown when the header cannot be imported as mapped (a required field without a column, two
// columns for one field): Invalid("file"), with the report of the columns so that the console
// can offer to map them. HTTP answers 400 with the report beside the error.
class ImportHeaderRefused : public Invalid {
 public:
  ImportHeaderRefused(ImportReport report, std::string message);
  const ImportReport& report() const { return report_; }

 private:
  ImportReport report_;
};

// progress(done, total): the share of the work done, in rows. total is an estimate (the file's
// lines) until the end; a real run's write counts for ten times the checking of the rows.
using ImportProgress = std::function<void(long long done, long long total)>;

// Throws Invalid("file") for a file that cannot be read as a whole (its encoding, CSV syntax,
// no header), ImportHeaderRefused for header mapping errors, and ImportRejected as above. progress
// may be null.
ImportReport RunImport(app::App& app, const auth::Actor& actor, ImportRequest request,
                       const ImportProgress& progress);

}  // namespace banso
