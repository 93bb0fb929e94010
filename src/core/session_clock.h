// The clock a session is scored against. Live sessions use a steady clock with pause (a wall
// clock change cannot corrupt timestamps); recorded sessions use the media position. Notes and
// marker events are stamped with now().
#pragma once

namespace coachscope::core {

class SessionClock {
 public:
  virtual ~SessionClock() = default;

  // Seconds since the session began (live), or the media position (recorded).
  virtual double now() const = 0;
  virtual bool running() const = 0;
  virtual void start() = 0;  // also resumes after pause
  virtual void pause() = 0;

  // Recorded sessions can jump (clicking a note seeks there); a live clock cannot.
  virtual bool canSeek() const { return false; }
  virtual void seek(double /*seconds*/) {}

  // The tutor began / finished typing a note. A media clock may pause playback meanwhile.
  virtual void noteStarted() {}
  virtual void noteFinished() {}
};

}  // namespace coachscope::core
