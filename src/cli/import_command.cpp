// banso import accounts|contacts|contracts FILE.csv: the console's CSV import, from a file.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>

#include "app/app.h"
#include "cli/commands.h"
#include "cli/progress_bar.h"
#include "core/error.h"
#include "importer/import_runner.h"

namespace banso::cli {
namespace {

struct ImportOptions {
  std::string kind;
  std::string path;
  std::string encoding = "auto";
  bool dry_run = false;
};

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Invalid("file", "cannot read " + path);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

void PrintRejected(const ImportReport& report) {
  for (const RejectedRow& r : report.rejected)
    std::cerr << "line " << r.line << ": " << (r.field.empty() ? "row" : r.field) << ": "
              << r.message << "\n";
  if (report.rejected_count > static_cast<long long>(report.rejected.size()))
    std::cerr << "... and "
              << report.rejected_count - static_cast<long long>(report.rejected.size())
              << " more rejected rows\n";
}

int Run(const GlobalOptions& global, const ImportOptions& options) {
  ImportRequest request;
  request.kind = ParseImportKind(options.kind);
  request.encoding = ParseEncodingName(options.encoding);
  request.dry_run = options.dry_run;
  request.bytes = ReadFile(options.path);
  request.file_name = std::filesystem::path(options.path).filename().string();

  app::AppOptions app_options;
  app_options.db_url = global.db;
  app_options.pool_size = 2;
  app::App app(app_options);
  ImportReport report;
  try {
    ProgressBar bar("import");
    report = RunImport(app, auth::Actor::System("cli"), std::move(request),
                       [&](long long done, long long total) { bar.Update(done, total); });
  } catch (const ImportRejected& e) {
    PrintRejected(e.report());
    std::cerr << "banso: " << e.what() << "\n";
    return 2;
  }
  std::cout << ImportKindName(report.kind) << " (" << EncodingName(report.encoding)
            << "): " << report.total_rows << " rows, "
            << (report.dry_run ? "would insert " : "inserted ") << report.inserted << ", "
            << (report.dry_run ? "would update " : "updated ") << report.updated << ", rejected "
            << report.rejected_count << (report.dry_run ? " (dry run: nothing was written)" : "")
            << "\n";
  PrintRejected(report);
  return report.rejected_count > 0 ? 2 : 0;
}

}  // namespace

void AddImportCommand(CLI::App& app, GlobalOptions& global) {
  static ImportOptions options;
  CLI::App* cmd = app.add_subcommand(
      "import",
      "Import accounts, contacts or contracts from a CSV file (UTF-8 or Shift_JIS; "
      "Banso, Salesforce and HubSpot column names), all rows or none");
  cmd->add_option("kind", options.kind, "accounts, contacts or contracts")->required();
  cmd->add_option("file", options.path, "the CSV file")->required()->check(CLI::ExistingFile);
  cmd->add_flag("--dry-run", options.dry_run, "check every row and report, writing nothing");
  cmd->add_option("--encoding", options.encoding, "auto, utf-8 or cp932")->capture_default_str();
  cmd->callback([&global] { global.run = [&global] { return Run(global, options); }; });
}

}  // namespace banso::cli
