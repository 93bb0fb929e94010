#include "store/content_hash.h"

#include <nettle/sha2.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <vector>

namespace coachscope::store {
namespace {

std::string hex(const std::uint8_t* digest, std::size_t size) {
  static const char digits[] = "0123456789abcdef";
  std::string out;
  for (std::size_t i = 0; i < size; ++i) {
    out += digits[digest[i] >> 4];
    out += digits[digest[i] & 0xF];
  }
  return out;
}

}  // namespace

std::string sha256Hex(std::string_view bytes) {
  sha256_ctx ctx;
  sha256_init(&ctx);
  sha256_update(&ctx, bytes.size(), reinterpret_cast<const std::uint8_t*>(bytes.data()));
  std::uint8_t digest[SHA256_DIGEST_SIZE];
  sha256_digest(&ctx, SHA256_DIGEST_SIZE, digest);
  return hex(digest, SHA256_DIGEST_SIZE);
}

core::Result<FileFingerprint> fingerprintFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return core::Error{path.string(), "", std::string("cannot open: ") + std::strerror(errno)};
  sha256_ctx ctx;
  sha256_init(&ctx);
  std::vector<char> block(1 << 20);
  FileFingerprint print;
  while (in) {
    in.read(block.data(), static_cast<std::streamsize>(block.size()));
    const std::streamsize got = in.gcount();
    if (got <= 0) break;
    sha256_update(&ctx, static_cast<std::size_t>(got), reinterpret_cast<const std::uint8_t*>(block.data()));
    print.sizeBytes += static_cast<std::uint64_t>(got);
  }
  if (in.bad()) return core::Error{path.string(), "", "read error while hashing the file"};
  std::uint8_t digest[SHA256_DIGEST_SIZE];
  sha256_digest(&ctx, SHA256_DIGEST_SIZE, digest);
  print.sha256 = hex(digest, SHA256_DIGEST_SIZE);
  return print;
}

RelinkMatch compareFingerprints(const FileFingerprint& stored, const FileFingerprint& candidate) {
  if (stored.sizeBytes != candidate.sizeBytes) return RelinkMatch::DifferentSize;
  if (!stored.sha256.empty() && stored.sha256 != candidate.sha256) return RelinkMatch::DifferentContent;
  return RelinkMatch::Same;
}

}  // namespace coachscope::store
