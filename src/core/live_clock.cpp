#include "core/live_clock.h"

#include <algorithm>

namespace coachscope::core {

LiveClock::LiveClock(TimeSource source) : source_(std::move(source)) {}

double LiveClock::now() const {
  if (!running_) return banked_;
  return banked_ + std::chrono::duration<double>(source_() - runningSince_).count();
}

void LiveClock::start() {
  if (running_) return;
  runningSince_ = source_();
  running_ = true;
  started_ = true;
  stopped_ = false;
}

void LiveClock::pause() {
  if (!running_) return;
  banked_ = now();
  running_ = false;
}

void LiveClock::stop() {
  pause();
  stopped_ = started_;
}

void LiveClock::reset(double seconds) {
  running_ = false;
  banked_ = std::max(0.0, seconds);
  started_ = seconds > 0;
  stopped_ = false;
}

void LiveClock::setElapsed(double seconds) {
  pause();
  banked_ = std::max(0.0, seconds);
  started_ = started_ || seconds > 0;
}

}  // namespace coachscope::core
