# Every dependency comes from Debian 12 packages (see scripts/install-deps.sh); nothing is downloaded.
set(BALLSDEX_QT_COMPONENTS Core Gui Network Sql Concurrent WebSockets)
if(BALLSDEX_BUILD_STUDIO)
    list(APPEND BALLSDEX_QT_COMPONENTS Widgets)
endif()
if(BALLSDEX_BUILD_TESTS)
    list(APPEND BALLSDEX_QT_COMPONENTS Test)
endif()
find_package(Qt6 6.4 REQUIRED COMPONENTS ${BALLSDEX_QT_COMPONENTS})
if(BALLSDEX_BUILD_STUDIO)
    # Studio: Discord login (loopback listener), secrets in the system keychain, translations.
    find_package(Qt6 6.4 REQUIRED COMPONENTS NetworkAuth LinguistTools)
    find_package(Qt6Keychain REQUIRED)
endif()
qt_standard_project_setup()

find_package(PkgConfig REQUIRED)
pkg_check_modules(PQXX REQUIRED IMPORTED_TARGET libpqxx)

find_package(yaml-cpp REQUIRED)
if(TARGET yaml-cpp::yaml-cpp)
    set(BALLSDEX_YAML_TARGET yaml-cpp::yaml-cpp)
else()
    set(BALLSDEX_YAML_TARGET yaml-cpp)
endif()

find_package(QCoro6 REQUIRED COMPONENTS Core)

find_package(ZLIB REQUIRED)
find_package(prometheus-cpp CONFIG REQUIRED)
