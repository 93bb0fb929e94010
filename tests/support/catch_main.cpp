// The test runner's main(). Catch2 3 brings its own (Catch2::Catch2WithMain); Catch2 2 needs this.
#if !__has_include(<catch2/catch_all.hpp>)
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
#endif
