// A qualification's portfolio rules (ILM Level 5/7) or a credential path (ICF ACC/PCC/MCC), as data.
// Every number is a field of the programme file, so a centre can change it without a rebuild.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace coachscope::core {

struct ProgrammeRequirements {
  double coachingHours = 0;
  double seniorCoachingHours = 0;  // hours that must be with senior managers
  double paidCoachingHours = 0;
  int distinctClients = 0;
  double supervisionHours = 0;      // never counted as coaching hours
  double mentorCoachingHours = 0;   // never counted as coaching hours
  int bookReviews = 0;
  int bookReviewPages = 0;
  int threeWayContracts = 0;
  bool coacheeFeedbackEachSession = false;
  int typicalSessionMinutes = 0;
  std::string notes;
};

struct Assignment {
  std::string id;
  std::string title;
  std::string description;
  double estimatedHours = 0;
};

struct AssignmentSections {
  int count = 0;
  int minWords = 0;
  int maxWords = 0;
};

struct Programme {
  std::string id;
  std::string version;
  std::string title;
  std::string kind;         // "ilm", "icf-credential", or a centre's own
  std::string frameworkId;  // the framework its observations are scored against; may be empty
  ProgrammeRequirements requirements;
  std::vector<Assignment> assignments;
  std::map<std::string, AssignmentSections> assignmentSections;  // by assignment id
  std::optional<int> deadlineMonthsAfterFinalWorkshop;
  int markingWeeks = 0;
  std::vector<std::string> results;  // e.g. "pass", "refer"
  std::string source;

  std::string key() const { return id + "@" + version; }
};

}  // namespace coachscope::core
