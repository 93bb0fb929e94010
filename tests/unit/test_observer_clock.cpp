// The live session clock: steady time with pause, driven by a fake time source.
#include <catch_compat.hpp>

#include "core/live_clock.h"

using coachscope::core::LiveClock;
using namespace std::chrono_literals;

namespace {
struct FakeTime {
  LiveClock::TimePoint t{};
  LiveClock::TimeSource source() {
    return [this] { return t; };
  }
};
}  // namespace

TEST_CASE("observer: live clock counts only while running, across pause and resume") {
  FakeTime time;
  LiveClock clock(time.source());
  CHECK(clock.now() == 0);
  CHECK_FALSE(clock.started());
  time.t += 5s;  // time before start does not count
  clock.start();
  time.t += 10s;
  CHECK(clock.now() == Approx(10));
  clock.pause();
  time.t += 60s;  // paused: the clock stands still
  CHECK(clock.now() == Approx(10));
  CHECK_FALSE(clock.running());
  clock.resume();
  time.t += 2500ms;
  CHECK(clock.now() == Approx(12.5));
  clock.stop();
  CHECK(clock.stopped());
  time.t += 1h;
  CHECK(clock.now() == Approx(12.5));
}

TEST_CASE("observer: live clock can be set to a recovered time, paused") {
  FakeTime time;
  LiveClock clock(time.source());
  clock.start();
  time.t += 3s;
  clock.setElapsed(1234.5);
  CHECK_FALSE(clock.running());
  CHECK(clock.started());
  CHECK(clock.now() == Approx(1234.5));
  clock.start();
  time.t += 1s;
  CHECK(clock.now() == Approx(1235.5));
}

TEST_CASE("observer: live clock on the real steady clock moves forward") {
  LiveClock clock;
  clock.start();
  const double a = clock.now();
  const double b = clock.now();
  CHECK(b >= a);
  CHECK(a >= 0);
}
