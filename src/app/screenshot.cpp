#include "app/screenshot.h"

#include <GL/gl.h>
#include <stb_image_write.h>

#include <vector>

namespace coachscope::app {

core::Status writeFramebufferPng(const std::string& path, int width, int height) {
  std::vector<unsigned char> pixels(static_cast<std::size_t>(width) * height * 4);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadBuffer(GL_BACK);
  glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
  for (std::size_t i = 3; i < pixels.size(); i += 4) pixels[i] = 255;  // the window is opaque
  stbi_flip_vertically_on_write(1);  // GL rows run bottom-up
  if (!stbi_write_png(path.c_str(), width, height, 4, pixels.data(), width * 4)) {
    return core::Error{path, "", "could not write the PNG"};
  }
  return core::Done{};
}

}  // namespace coachscope::app
