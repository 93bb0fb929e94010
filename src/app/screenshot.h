// Writing what the window shows to a PNG (for tests, docs and bug reports).
#pragma once

#include <string>

#include "core/result.h"

namespace coachscope::app {

// Reads the current framebuffer (width x height, RGBA) and writes it to `path` as PNG.
core::Status writeFramebufferPng(const std::string& path, int width, int height);

}  // namespace coachscope::app
