// png_stats FILE: prints "WIDTH HEIGHT DISTINCT_COLOURS STDDEV" for a PNG, or exits 1 if unreadable.
// The e2e tests use it to check that a screenshot shows something rather than a blank window.
#include <stb_image.h>

#include <cmath>
#include <cstdio>
#include <unordered_set>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: png_stats FILE.png\n");
    return 2;
  }
  int width = 0, height = 0, channels = 0;
  unsigned char* pixels = stbi_load(argv[1], &width, &height, &channels, 3);
  if (!pixels) {
    std::fprintf(stderr, "png_stats: cannot read %s: %s\n", argv[1], stbi_failure_reason());
    return 1;
  }
  std::unordered_set<unsigned> colours;
  double sum = 0, sumSquares = 0;
  const long count = static_cast<long>(width) * height;
  for (long i = 0; i < count; ++i) {
    const unsigned char* p = pixels + i * 3;
    colours.insert(p[0] << 16 | p[1] << 8 | p[2]);
    const double luma = 0.299 * p[0] + 0.587 * p[1] + 0.114 * p[2];
    sum += luma;
    sumSquares += luma * luma;
  }
  const double mean = sum / count;
  std::printf("%d %d %zu %.2f\n", width, height, colours.size(), std::sqrt(std::max(0.0, sumSquares / count - mean * mean)));
  stbi_image_free(pixels);
  return 0;
}
