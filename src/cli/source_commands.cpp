// banso source create | list | revoke: the event sources and their write keys.
#include <iostream>

#include "app/app.h"
#include "cli/commands.h"
#include "core/error.h"

namespace banso::cli {

void AddSourceCommands(CLI::App& app, GlobalOptions& global) {
  CLI::App* source = app.add_subcommand("source", "Manage event sources (Segment write keys)")
                         ->require_subcommand(1);

  static std::string name;
  static long long rate = events::kDefaultRateLimitPerSecond;
  CLI::App* create =
      source->add_subcommand("create", "Create a source; prints its write key on its own line");
  create->add_option("name", name, "what sends the events, e.g. \"Web app\"")->required();
  create->add_option("--rate-limit", rate, "events per second before 429")
      ->check(CLI::Range(1LL, 10'000'000LL));
  create->callback([&global] {
    global.run = [&global] {
      app::App a = OpenApp(global);
      auto [s, key] = a.events().sources().Create(auth::Actor::System("cli"), name, rate);
      std::cerr << "Source " << s.id.value << " \"" << s.name
                << "\" created. Its write key (shown only now):\n";
      std::cout << key << "\n";
      return 0;
    };
  });

  CLI::App* list = source->add_subcommand("list", "List the sources");
  list->callback([&global] {
    global.run = [&global] {
      app::App a = OpenApp(global);
      for (const auto& s : a.events().sources().List())
        std::cout << s.id.value << "\t" << s.key_prefix << "…\t"
                  << (s.revoked_at ? "revoked" : "active") << "\t" << s.name << "\n";
      return 0;
    };
  });

  static long long revoke_id = 0;
  CLI::App* revoke =
      source->add_subcommand("revoke", "Revoke a source's write key (401 from then on)");
  revoke->add_option("id", revoke_id, "the source's id (see `banso source list`)")->required();
  revoke->callback([&global] {
    global.run = [&global] {
      app::App a = OpenApp(global);
      auto s = a.events().sources().Revoke(auth::Actor::System("cli"), SourceId(revoke_id));
      std::cout << "Source " << s.id.value << " \"" << s.name << "\" revoked.\n";
      return 0;
    };
  });
}

}  // namespace banso::cli
