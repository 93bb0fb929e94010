# How coachscope finds each external library. Every one comes from a Debian 12 package
# (third_party/debian-packages.txt); nothing is vendored. Each dependency becomes one imported
# target named cs::<name>, so the layers below only ever link to these names.

find_package(PkgConfig REQUIRED)

# nlohmann/json 3.11 — data files (frameworks, observations, records).
find_package(nlohmann_json 3.10 REQUIRED)
add_library(cs::json ALIAS nlohmann_json::nlohmann_json)

# {fmt} 9 — string formatting in messages and reports.
find_package(fmt 8 REQUIRED)
add_library(cs::fmt ALIAS fmt::fmt)

# CLI11 2.1 — the command line. Header-only.
find_package(CLI11 2.1 REQUIRED)
add_library(cs::cli11 ALIAS CLI11::CLI11)

# libuuid — RFC 4122 identifiers for observations, notes and marker events.
pkg_check_modules(UUID REQUIRED IMPORTED_TARGET uuid)
add_library(cs::uuid ALIAS PkgConfig::UUID)

# stb — PNG writing (screenshots) and reading (tests). Debian ships the headers and a libstb.so
# with the implementations, so no translation unit of ours defines STB_*_IMPLEMENTATION.
pkg_check_modules(STB REQUIRED IMPORTED_TARGET stb)
add_library(cs::stb ALIAS PkgConfig::STB)

# Dear ImGui 1.86. Debian's libimgui.a already contains the GLFW and OpenGL3 backends,
# imgui_freetype and imgui_stdlib; it needs stb (font packing), FreeType, GLFW and GL at link time.
find_package(Freetype REQUIRED)
find_package(glfw3 3.3 REQUIRED)
find_package(OpenGL REQUIRED COMPONENTS OpenGL)
pkg_check_modules(IMGUI REQUIRED imgui)
find_library(IMGUI_STATIC_LIBRARY NAMES libimgui.a imgui HINTS ${IMGUI_LIBRARY_DIRS} REQUIRED)
add_library(cs_imgui INTERFACE)
target_include_directories(cs_imgui SYSTEM INTERFACE ${IMGUI_INCLUDE_DIRS})
target_link_libraries(cs_imgui INTERFACE ${IMGUI_STATIC_LIBRARY} PkgConfig::STB Freetype::Freetype ${CMAKE_DL_LIBS})
add_library(cs::imgui ALIAS cs_imgui)
# Only the platform layer (src/app) and media playback link these two.
add_library(cs::glfw ALIAS glfw)
add_library(cs::gl ALIAS OpenGL::OpenGL)

# libmpv 0.35 — recorded-session playback through the OpenGL render API.
pkg_check_modules(MPV REQUIRED IMPORTED_TARGET mpv)
add_library(cs::mpv ALIAS PkgConfig::MPV)

# nettle — SHA-256 of media files, to confirm a relinked recording is the same file.
pkg_check_modules(NETTLE REQUIRED IMPORTED_TARGET nettle)
add_library(cs::nettle ALIAS PkgConfig::NETTLE)

# cairo + pango — PDF reports with real text layout.
pkg_check_modules(CAIRO_PANGO REQUIRED IMPORTED_TARGET cairo cairo-pdf pangocairo)
add_library(cs::cairo_pango ALIAS PkgConfig::CAIRO_PANGO)

# Catch2 — tests. Debian 12 ships 2.13; tests/support/catch.hpp also accepts Catch2 3.
if(COACHSCOPE_BUILD_TESTS)
  find_package(Catch2 REQUIRED)
  include(Catch)  # main() is tests/support/catch_main.cpp, which gives each run a private home
endif()
