#include "media/gl_functions.h"

#include <dlfcn.h>

#include <initializer_list>

namespace coachscope::media {
namespace {

using Loader = void* (*)(const char*);

// Looked up once: GLFW's loader when the process has GLFW (the app, tests, the benchmark), else
// the GLX or EGL one of the GL vendor library.
Loader findLoader() {
  if (void* glfw = dlsym(RTLD_DEFAULT, "glfwGetProcAddress")) return reinterpret_cast<Loader>(glfw);
  for (const char* library : {"libGLX.so.0", "libGL.so.1"}) {
    if (void* handle = dlopen(library, RTLD_LAZY | RTLD_NOLOAD)) {
      if (void* glx = dlsym(handle, "glXGetProcAddressARB")) return reinterpret_cast<Loader>(glx);
    }
  }
  if (void* handle = dlopen("libEGL.so.1", RTLD_LAZY | RTLD_NOLOAD)) {
    if (void* egl = dlsym(handle, "eglGetProcAddress")) return reinterpret_cast<Loader>(egl);
  }
  return nullptr;
}

}  // namespace

void* glProcAddress(const char* name) {
  static const Loader loader = findLoader();
  if (loader) {
    if (void* address = loader(name)) return address;
  }
  return dlsym(RTLD_DEFAULT, name);
}

}  // namespace coachscope::media
