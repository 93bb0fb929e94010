// The clock of a live session: a steady (monotonic) clock with pause, so a change of the system
// time cannot corrupt timestamps. The time source can be replaced for tests.
#pragma once

#include <chrono>
#include <functional>

#include "core/session_clock.h"

namespace coachscope::core {

class LiveClock : public SessionClock {
 public:
  using TimePoint = std::chrono::steady_clock::time_point;
  using TimeSource = std::function<TimePoint()>;

  explicit LiveClock(TimeSource source = &std::chrono::steady_clock::now);

  double now() const override;
  bool running() const override { return running_; }
  void start() override;  // starts, or resumes after pause or stop
  void pause() override;
  void resume() { start(); }
  // Ends the session: the clock stands still at its final time (start() would continue it).
  void stop();

  bool started() const { return started_; }
  bool stopped() const { return stopped_; }
  // A new session: paused at `seconds`, not started.
  void reset(double seconds = 0);
  // Puts a paused clock at `seconds` (recovering a session after a crash continues from there).
  void setElapsed(double seconds);

 private:
  TimeSource source_;
  double banked_ = 0;  // seconds accumulated before the current run
  TimePoint runningSince_{};
  bool running_ = false;
  bool started_ = false;
  bool stopped_ = false;
};

}  // namespace coachscope::core
