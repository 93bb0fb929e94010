// Fuzz target for the programme reader: any bytes give a programme or a clear error. What is read
// keeps its documented ranges (hours, pages, weeks, months, counts) and its cross-references
// (senior and paid hours within the total, sections naming the programme's own assignments).
#include <cstddef>
#include <cstdint>
#include <set>

#include "core/limits.h"
#include "core/programme_loader.h"
#include "fuzz_support.h"

namespace {

using namespace coachscope;
using fuzz::require;

bool hours(double h) { return h >= 0 && h <= core::limits::kMaxProgrammeHours; }

void checkProgramme(const core::Programme& p) {
  namespace limits = core::limits;
  const auto& r = p.requirements;
  require(hours(r.coachingHours) && hours(r.seniorCoachingHours) && hours(r.paidCoachingHours) &&
              hours(r.supervisionHours) && hours(r.mentorCoachingHours),
          "hours within range");
  require(r.seniorCoachingHours <= r.coachingHours && r.paidCoachingHours <= r.coachingHours,
          "senior and paid hours within the total");
  require(r.distinctClients >= 0 && r.bookReviews >= 0 && r.threeWayContracts >= 0, "counts not negative");
  require(r.bookReviewPages >= 0 && r.bookReviewPages <= limits::kMaxPages, "pages within range");
  require(r.typicalSessionMinutes >= 0 && r.typicalSessionMinutes <= limits::kMaxRuleMinutes, "minutes within range");
  require(p.markingWeeks >= 0 && p.markingWeeks <= limits::kMaxWeeks, "weeks within range");
  if (p.deadlineMonthsAfterFinalWorkshop) {
    require(*p.deadlineMonthsAfterFinalWorkshop >= 1 && *p.deadlineMonthsAfterFinalWorkshop <= limits::kMaxMonths,
            "months within range");
  }
  std::set<std::string> ids;
  for (const auto& a : p.assignments) {
    require(ids.insert(a.id).second, "assignment ids are unique");
    require(hours(a.estimatedHours), "an assignment's hours within range");
  }
  for (const auto& [id, sections] : p.assignmentSections) {
    require(ids.count(id) == 1, "sections name an assignment of the programme");
    require(sections.count >= 0 && sections.minWords >= 0 && sections.maxWords >= 0, "section counts not negative");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return fuzz::withJsonDocument(data, size, [&](const nlohmann::json& document) {
    const auto programme = core::parseProgramme(document, "fuzz");
    if (!fuzz::valueOrRefusal(programme)) return;
    checkProgramme(*programme);
    core::Catalog catalog;
    require(catalog.addText(fuzz::text(data, size), "fuzz") && catalog.programme(programme->key()),
            "the catalog takes a programme that reads, and finds it by its key");
  });
}
