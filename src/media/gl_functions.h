// Finds OpenGL entry points for mpv's renderer without the media layer knowing the windowing
// library: whatever created the context (GLFW, GLX, EGL) is asked, in that order.
#pragma once

namespace coachscope::media {

void* glProcAddress(const char* name);

}  // namespace coachscope::media
