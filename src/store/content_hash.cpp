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

core::Status checkNamedFile(const std::filesystem::path& path, std::uint64_t sizeBytes, const std::string& sha256) {
  std::error_code ec;
  const std::filesystem::path where = std::filesystem::weakly_canonical(std::filesystem::absolute(path, ec), ec);
  const std::string named = ec || where == path ? path.string() : path.string() + " (" + where.string() + ")";
  if (sizeBytes == 0 || sha256.empty()) {
    return core::Error{named, "", "named by the file, which stores no size and SHA-256 to confirm it: not opened"};
  }
  if (!std::filesystem::is_regular_file(path, ec)) {
    return core::Error{named, "", std::filesystem::exists(path, ec) ? "not a regular file: not opened"
                                                                    : "not found: not opened"};
  }
  const std::uintmax_t size = std::filesystem::file_size(path, ec);
  if (ec || size != sizeBytes) {
    return core::Error{named, "", "has " + std::to_string(size) + " bytes, not the " + std::to_string(sizeBytes) +
                                      " the file stores: not opened"};
  }
  auto print = fingerprintFile(path);
  if (!print) return print.error();
  if (print->sha256 != sha256) return core::Error{named, "", "its SHA-256 differs from the one the file stores: not opened"};
  return core::Done{};
}

RelinkMatch compareFingerprints(const FileFingerprint& stored, const FileFingerprint& candidate) {
  if (stored.sizeBytes != candidate.sizeBytes) return RelinkMatch::DifferentSize;
  if (!stored.sha256.empty() && stored.sha256 != candidate.sha256) return RelinkMatch::DifferentContent;
  return RelinkMatch::Same;
}

}  // namespace coachscope::store
