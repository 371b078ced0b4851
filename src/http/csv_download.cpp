#include "http/csv_download.h"

#include "core/date.h"
#include "core/error.h"
#include "importer/text_encoding.h"

namespace banso::http {

CsvEncoding ParseCsvEncoding(const RequestContext& ctx) {
  auto encoding = ctx.QueryString("encoding").value_or("utf-8");
  if (encoding == "utf-8") return CsvEncoding::kUtf8;
  if (encoding == "shift_jis") return CsvEncoding::kShiftJis;
  throw Invalid("encoding", "must be utf-8 or shift_jis");
}

void SendCsv(RequestContext& ctx, std::string_view name, const std::string& csv,
             CsvEncoding encoding) {
  const bool sjis = encoding == CsvEncoding::kShiftJis;
  ctx.res.set_header("Content-Disposition", "attachment; filename=\"" + std::string(name) + "-" +
                                                Date::Today().ToString() + ".csv\"");
  ctx.res.set_content(sjis ? Utf8ToCp932(csv) : "\xEF\xBB\xBF" + csv,
                      sjis ? "text/csv; charset=Shift_JIS" : "text/csv; charset=utf-8");
}

}  // namespace banso::http
