// `coachscope log RECORD [--csv] [--clients]`: the learner's coaching log (ILM practice log) or the
// ICF client log, as a table or CSV.
#include <fmt/format.h>

#include "app/command_line.h"
#include "app/record_inputs.h"
#include "app/subcommands.h"
#include "core/coaching_log.h"
#include "store/record_codec.h"

namespace coachscope::app {
namespace {

struct LogOptions {
  std::string record;
  bool csv = false;
  bool clients = false;
};

std::string csvField(const std::string& text) {
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string quoted = "\"";
  for (char c : text) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + "\"";
}

int runLog(const LogOptions& options, const core::Catalog& catalog) {
  auto record = store::loadRecordFile(options.record, catalog);
  if (!record) {
    printError("log", record.error());
    return kExitFailure;
  }
  const auto rows = core::buildCoachingLog(*record);
  if (options.clients) {
    const auto clients = core::buildClientLog(rows);
    if (options.csv) {
      fmt::print("client,first_session,last_session,sessions,paid_hours,pro_bono_hours,individual_or_group,largest_group\r\n");
      for (const auto& c : clients) {
        fmt::print("{},{},{},{},{:.2f},{:.2f},{},{}\r\n", csvField(c.coachee), c.firstDate, c.lastDate, c.sessions,
                   c.paidHours, c.proBonoHours, c.group ? "group" : "individual", c.largestGroup);
      }
    } else {
      fmt::print("{:<20} {:<16} {:<16} {:>8} {:>8} {:>9}\n", "client", "first", "last", "sessions", "paid h", "pro bono h");
      for (const auto& c : clients) {
        fmt::print("{:<20} {:<16} {:<16} {:>8} {:>8.2f} {:>9.2f}\n", c.coachee, c.firstDate, c.lastDate, c.sessions,
                   c.paidHours, c.proBonoHours);
      }
    }
    return kExitOk;
  }
  if (options.csv) {
    fmt::print("{}", core::coachingLogCsv(rows));
    return kExitOk;
  }
  double minutes = 0;
  fmt::print("{:<17} {:>6} {:<16} {:<10} {:<8} {:<6} {:<5} {:<8}\n", "date", "hours", "coachee", "kind", "paid", "senior",
             "prep", "source");
  for (const auto& r : rows) {
    minutes += r.minutes;
    fmt::print("{:<17} {:>6.2f} {:<16} {:<10} {:<8} {:<6} {:<5} {:<8}\n", r.date, r.hours(), r.coachee,
               r.group ? fmt::format("group {}", r.groupSize) : "individual", r.paid ? "paid" : "pro bono",
               r.seniorManager ? "yes" : "no", r.preparationDone ? "yes" : "no", r.observed ? "observed" : "logged");
  }
  fmt::print("{} session{}, {:.2f} h of coaching\n", rows.size(), rows.size() == 1 ? "" : "s", minutes / 60);
  return kExitOk;
}

}  // namespace

void addLogCommand(CLI::App& app, CommandContext& context) {
  static LogOptions options;
  CLI::App* cmd = app.add_subcommand("log", "A learner's coaching log (observed and hand-logged sessions)");
  cmd->add_option("record", options.record, "The learner's record file")->required();
  cmd->add_flag("--csv", options.csv, "Print CSV (RFC 4180) instead of a table");
  cmd->add_flag("--clients", options.clients, "The ICF client log: one line per client");
  cmd->callback([&context] { context.exitCode = runLog(options, context.loadCatalog()); });
}

}  // namespace coachscope::app
