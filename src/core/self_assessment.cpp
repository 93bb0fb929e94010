#include "core/self_assessment.h"

#include <algorithm>
#include <cstdlib>
#include <map>

namespace coachscope::core {
namespace {

bool sameFramework(const std::string& key, const std::string& frameworkId) {
  return frameworkId.empty() || key.substr(0, key.find('@')) == frameworkId;
}

}  // namespace

std::vector<SelfTutorSeries> selfAgainstTutor(const ProgressRecord& record, const std::string& frameworkId) {
  struct Ref {
    std::string id;
    const SessionSummary* session;
  };
  std::vector<Ref> sessions;
  for (const std::string& id : record.sessions.liveIds()) {
    const SessionSummary& s = record.sessions.current(id)->data;
    if (!s.reference && sameFramework(s.frameworkKey, frameworkId)) sessions.push_back({id, &s});
  }
  std::sort(sessions.begin(), sessions.end(), [](const Ref& a, const Ref& b) {
    return a.session->date != b.session->date ? a.session->date < b.session->date : a.id < b.id;
  });
  std::map<std::string, SelfTutorSeries> byCompetency;
  for (const Ref& ref : sessions) {
    const Version<SelfAssessment>* self = record.selfAssessments.current(ref.id);
    std::map<std::string, SelfTutorPoint> points;
    for (const auto& [competency, rating] : ref.session->ratings) {
      if (rating.level && !rating.notObserved) points[competency].tutor = rating.level;
    }
    if (self) {
      for (const auto& [competency, rating] : self->data.ratings) {
        points[competency].self = rating.level;
        points[competency].why = rating.why;
      }
    }
    for (auto& [competency, point] : points) {
      if (!point.self && !point.tutor) continue;
      point.sessionId = ref.id;
      point.date = ref.session->date;
      auto& series = byCompetency[competency];
      series.competencyId = competency;
      series.points.push_back(std::move(point));
    }
  }
  std::vector<SelfTutorSeries> out;
  for (auto& [id, series] : byCompetency) out.push_back(std::move(series));
  return out;
}

std::vector<PersistentGap> persistentGaps(const std::vector<SelfTutorSeries>& series, GapRule rule) {
  std::vector<PersistentGap> out;
  for (const SelfTutorSeries& s : series) {
    std::vector<const SelfTutorPoint*> both;
    for (const SelfTutorPoint& p : s.points) {
      if (p.gap()) both.push_back(&p);
    }
    std::optional<PersistentGap> best;
    PersistentGap run;
    auto close = [&](bool current) {
      if (run.sessions >= rule.minSessions && (!best || run.sessions >= best->sessions)) {
        run.current = current;
        best = run;
      }
      run = PersistentGap{};
    };
    for (const SelfTutorPoint* p : both) {
      const int gap = *p->gap();
      const bool wide = std::abs(gap) >= rule.minGap;
      if (!wide || (run.sessions > 0 && run.selfAbove != (gap > 0))) close(false);
      if (!wide) continue;
      if (run.sessions == 0) {
        run.competencyId = s.competencyId;
        run.selfAbove = gap > 0;
        run.smallestGap = std::abs(gap);
      }
      ++run.sessions;
      run.smallestGap = std::min(run.smallestGap, std::abs(gap));
      run.sessionIds.push_back(p->sessionId);
    }
    close(true);
    if (best) out.push_back(std::move(*best));
  }
  return out;
}

}  // namespace coachscope::core
