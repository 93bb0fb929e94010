// The coaching log: ILM's auditable practice log and the ICF client log in one. Observed sessions
// feed it from the record; unobserved practice comes from hand-added entries.
#pragma once

#include <string>
#include <vector>

#include "core/progress_record.h"

namespace coachscope::core {

// One session of coaching practice as the log shows it.
struct LogRow {
  std::string id;             // the observation id for observed sessions, the entry id otherwise
  bool observed = false;      // fed from an observed session (its date, duration, coachee are fixed)
  std::string annotationId;   // the hand entry holding the learner's additions to an observed row
  std::string date;
  double minutes = 0;
  std::string coachee;
  bool group = false;
  int groupSize = 1;
  bool paid = false;
  bool seniorManager = false;
  bool threeWayContracting = false;
  bool preparationDone = false;
  std::string reflection;
  std::string coacheeFeedback;
  std::string tutor;  // who observed it, for observed rows

  double hours() const { return minutes / 60.0; }  // pro rata: 45 minutes is 0.75 h
};

// Every live session in the record, observed or hand-added, by date then id.
std::vector<LogRow> buildCoachingLog(const ProgressRecord& record);

// The ICF client log: one line per coachee pseudonym.
struct ClientLine {
  std::string coachee;
  std::string firstDate;
  std::string lastDate;
  int sessions = 0;
  double paidHours = 0;
  double proBonoHours = 0;
  bool group = false;
  int largestGroup = 1;
};
std::vector<ClientLine> buildClientLog(const std::vector<LogRow>& rows);

// Coachee pseudonyms compare without case and surrounding spaces ("sam " is "Sam").
std::string clientKey(const std::string& pseudonym);

// RFC 4180 CSV with a header line, one line per row; hours with two decimals.
std::string coachingLogCsv(const std::vector<LogRow>& rows);

}  // namespace coachscope::core
