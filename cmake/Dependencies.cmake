# Debian bookworm packages, as ../shared/design/DEPENDENCIES.md records how each one is found.
foreach(p simdjson roaring nlohmann_json fmt spdlog CLI11 tomlplusplus GTest benchmark)
  find_package(${p} CONFIG REQUIRED)
endforeach()
foreach(p SQLite3 PostgreSQL ZLIB Threads PkgConfig)
  find_package(${p} REQUIRED)
endforeach()
find_package(ICU REQUIRED COMPONENTS uc i18n)
pkg_check_modules(HTTPLIB REQUIRED IMPORTED_TARGET cpp-httplib)
pkg_check_modules(ARGON2 REQUIRED IMPORTED_TARGET libargon2)
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
pkg_check_modules(PWQUALITY REQUIRED IMPORTED_TARGET pwquality)
# jemalloc replaces glibc's malloc in every binary (docs/architecture.md: glibc's arenas kept
# ~300 MiB of freed usage cells resident after a bulk load, and were slower under 72 threads).
pkg_check_modules(JEMALLOC REQUIRED IMPORTED_TARGET jemalloc)

# SOCI 4.0.3 ships neither a CMake config nor a .pc file.
find_library(SOCI_CORE soci_core REQUIRED)
find_library(SOCI_SQLITE soci_sqlite3 REQUIRED)
find_library(SOCI_PG soci_postgresql REQUIRED)
add_library(banso_soci INTERFACE)
target_link_libraries(banso_soci INTERFACE ${SOCI_SQLITE} ${SOCI_PG} ${SOCI_CORE}
  SQLite::SQLite3 PostgreSQL::PostgreSQL ${CMAKE_DL_LIBS})
