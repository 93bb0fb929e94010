#include "core/coaching_log.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <map>

namespace coachscope::core {
namespace {

std::string csvField(const std::string& text) {
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string quoted = "\"";
  for (char c : text) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + "\"";
}

const char* yesNo(bool value) { return value ? "yes" : "no"; }

}  // namespace

std::string clientKey(const std::string& pseudonym) {
  std::size_t begin = pseudonym.find_first_not_of(" \t");
  std::size_t end = pseudonym.find_last_not_of(" \t");
  std::string key = begin == std::string::npos ? "" : pseudonym.substr(begin, end - begin + 1);
  for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return key;
}

std::vector<LogRow> buildCoachingLog(const ProgressRecord& record) {
  std::vector<LogRow> rows;
  // The learner's additions to observed sessions, by observation id (latest entry wins).
  std::map<std::string, std::pair<std::string, const PracticeEntry*>> annotations;
  for (const std::string& id : record.practice.liveIds()) {
    const PracticeEntry& entry = record.practice.current(id)->data;
    if (!entry.observationId.empty()) annotations[entry.observationId] = {id, &entry};
  }
  for (const std::string& id : record.sessions.liveIds()) {
    const SessionSummary& s = record.sessions.current(id)->data;
    LogRow row;
    row.id = id;
    row.observed = true;
    row.date = s.date;
    row.minutes = s.durationSeconds / 60.0;
    row.coachee = s.coacheePseudonym;
    row.group = s.group;
    row.groupSize = s.groupSize;
    row.paid = s.paid;
    row.seniorManager = s.coacheeSeniorManager;
    row.threeWayContracting = s.threeWayContracting;
    row.coacheeFeedback = s.coacheeFeedback;
    row.tutor = s.tutor;
    if (auto it = annotations.find(id); it != annotations.end()) {
      const PracticeEntry& extra = *it->second.second;
      row.annotationId = it->second.first;
      row.preparationDone = extra.preparationDone;
      row.reflection = extra.reflection;
      if (!extra.coacheeFeedback.empty()) row.coacheeFeedback = extra.coacheeFeedback;
    }
    rows.push_back(std::move(row));
  }
  for (const std::string& id : record.practice.liveIds()) {
    const PracticeEntry& e = record.practice.current(id)->data;
    if (!e.observationId.empty()) continue;
    LogRow row;
    row.id = id;
    row.date = e.date;
    row.minutes = e.minutes;
    row.coachee = e.coacheePseudonym;
    row.group = e.group;
    row.groupSize = e.groupSize;
    row.paid = e.paid;
    row.seniorManager = e.seniorManager;
    row.threeWayContracting = e.threeWayContracting;
    row.preparationDone = e.preparationDone;
    row.reflection = e.reflection;
    row.coacheeFeedback = e.coacheeFeedback;
    rows.push_back(std::move(row));
  }
  std::sort(rows.begin(), rows.end(),
            [](const LogRow& a, const LogRow& b) { return a.date != b.date ? a.date < b.date : a.id < b.id; });
  return rows;
}

std::vector<ClientLine> buildClientLog(const std::vector<LogRow>& rows) {
  std::map<std::string, ClientLine> byClient;
  for (const LogRow& row : rows) {
    const std::string key = clientKey(row.coachee);
    ClientLine& line = byClient[key];
    if (line.sessions == 0) {
      line.coachee = row.coachee;
      line.firstDate = line.lastDate = row.date;
    }
    ++line.sessions;
    if (!row.date.empty() && (line.firstDate.empty() || row.date < line.firstDate)) line.firstDate = row.date;
    if (row.date > line.lastDate) line.lastDate = row.date;
    (row.paid ? line.paidHours : line.proBonoHours) += row.hours();
    line.group = line.group || row.group;
    line.largestGroup = std::max(line.largestGroup, row.groupSize);
  }
  std::vector<ClientLine> lines;
  for (auto& [key, line] : byClient) lines.push_back(std::move(line));
  return lines;
}

std::string coachingLogCsv(const std::vector<LogRow>& rows) {
  std::string csv =
      "date,minutes,hours,coachee,individual_or_group,group_size,paid,senior_manager,three_way_contracting,"
      "preparation_done,reflection,coachee_feedback,observed_by,source\r\n";
  for (const LogRow& r : rows) {
    csv += fmt::format("{},{},{:.2f},{},{},{},{},{},{},{},{},{},{},{}\r\n", csvField(r.date), fmt::format("{:g}", r.minutes),
                       r.hours(), csvField(r.coachee), r.group ? "group" : "individual", r.groupSize,
                       r.paid ? "paid" : "pro bono", yesNo(r.seniorManager), yesNo(r.threeWayContracting),
                       yesNo(r.preparationDone), csvField(r.reflection), csvField(r.coacheeFeedback), csvField(r.tutor),
                       r.observed ? "observed" : "logged");
  }
  return csv;
}

}  // namespace coachscope::core
