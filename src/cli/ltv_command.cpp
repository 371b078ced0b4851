// banso ltv fit: the shifted-beta-geometric model fitted to one cohort's survival (revenue/ltv.h),
// with its projection and a customer's discounted expected residual lifetime. Needs no database.
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/commands.h"
#include "core/error.h"
#include "revenue/ltv.h"

namespace banso::cli {
namespace {

std::vector<double> ParseSurvival(const std::string& text) {
  std::vector<double> values;
  std::istringstream in(text);
  for (std::string item; std::getline(in, item, ',');) {
    size_t used = 0;
    double v = 0;
    try {
      v = std::stod(item, &used);
    } catch (const std::exception&) {
      used = 0;
    }
    if (used == 0 || item.find_first_not_of(" \t", used) != std::string::npos)
      throw Invalid("survival",
                    "\"" + item + "\" is not a number (give shares such as 1,0.869,0.743)");
    values.push_back(v);
  }
  return values;
}

}  // namespace

void AddLtvCommands(CLI::App& app, GlobalOptions& global) {
  CLI::App* ltv = app.add_subcommand("ltv", "Customer lifetime value (shifted-beta-geometric)")
                      ->require_subcommand(1);
  static std::string survival;
  static double discount = 0.10;
  static int renewals = 0;
  static int horizon = 0;
  static bool json = false;
  CLI::App* fit = ltv->add_subcommand(
      "fit", "Fit a cohort's survival by maximum likelihood and project it (Fader & Hardie 2007)");
  fit->add_option("--survival", survival,
                  "the share of the cohort still a customer after 0, 1, 2… periods: 1,0.869,0.743")
      ->required();
  fit->add_option("--discount", discount, "discount rate per period, for the lifetime values")
      ->check(CLI::Range(0.0001, 10.0))
      ->capture_default_str();
  fit->add_option("--renewals", renewals,
                  "renewals the customer has made, for their residual lifetime (DERL)")
      ->check(CLI::Range(0, 100000))
      ->capture_default_str();
  fit->add_option("--horizon", horizon,
                  "periods to project (default: the data's periods and five more)")
      ->check(CLI::Range(1, 1000));
  fit->add_flag("--json", json, "print one JSON object");
  fit->callback([&global] {
    global.run = [] {
      std::vector<double> observed = ParseSurvival(survival);
      revenue::SbgModel model = revenue::FitSbg(observed);
      int periods = horizon > 0 ? horizon : static_cast<int>(observed.size()) - 1 + 5;
      std::vector<double> projected = model.Survival(periods);
      double derl = model.DiscountedExpectedResidualLifetime(discount, renewals);
      if (json) {
        std::cout << nlohmann::json{{"alpha", model.alpha},
                                    {"beta", model.beta},
                                    {"projected_survival", projected},
                                    {"derl", derl}}
                         .dump()
                  << "\n";
        return 0;
      }
      std::cout << "alpha " << model.alpha << "\nbeta " << model.beta << "\n";
      for (size_t t = 0; t < projected.size(); ++t)
        std::cout << "period " << t << "\t" << projected[t]
                  << (t < observed.size() ? "\tobserved " + std::to_string(observed[t]) : "")
                  << "\n";
      std::cout << "expected discounted lifetime of a new customer (payments) "
                << model.DiscountedExpectedLifetime(discount) << "\n"
                << "DERL after " << renewals << " renewals (payments) " << derl << "\n";
      return 0;
    };
  });
}

}  // namespace banso::cli
