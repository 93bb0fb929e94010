// Our own shim (not Catch2 source): includes Catch2 whichever major version the system has: Debian 12 ships 2.13, newer systems 3.x.
#pragma once

#if __has_include(<catch2/catch_all.hpp>)
#include <catch2/catch_all.hpp>
#else
#include <catch2/catch.hpp>
#endif
