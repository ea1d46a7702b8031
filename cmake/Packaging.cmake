# SPDX-License-Identifier: MIT
# Install layout and CPack settings. Linux: two .deb packages, `cpack -G DEB` in the build dir:
#   component bot    -> ballsdex-bot    (binaries, systemd unit, /etc/ballsdex/config.yml, man page)
#   component studio -> ballsdex-studio (binary, desktop file, icon, man page)
# The card fonts, the default art and the translations are compiled into the binaries as Qt
# resources, so no data files are installed for them. Windows and macOS: installers/README.md.
include(GNUInstallDirs)

set(BALLSDEX_PACKAGE_MAINTAINER "BallsDex contributors <ballsdex@users.noreply.github.com>"
    CACHE STRING "Maintainer field of the packages (Name <email>)")
set(BALLSDEX_INSTALLERS_DIR ${PROJECT_SOURCE_DIR}/installers)
set(BALLSDEX_PACKAGE_STAGING ${PROJECT_BINARY_DIR}/packaging)
set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

# Debian wants documentation gzip'ed at maximum compression without a timestamp (lintian).
function(ballsdex_gzip input output)
    set_property(DIRECTORY ${PROJECT_SOURCE_DIR} APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${input})
    get_filename_component(directory ${output} DIRECTORY)
    file(MAKE_DIRECTORY ${directory})
    execute_process(COMMAND gzip -9nc ${input} OUTPUT_FILE ${output} RESULT_VARIABLE status)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "gzip ${input} failed")
    endif()
endfunction()

# Debian packaging metadata of each package: copyright, changelog.gz.
function(ballsdex_install_debian_docs component package)
    set(docdir ${CMAKE_INSTALL_DATAROOTDIR}/doc/${package})
    install(FILES ${BALLSDEX_INSTALLERS_DIR}/debian/copyright DESTINATION ${docdir}
            COMPONENT ${component})
    install(FILES ${BALLSDEX_PACKAGE_STAGING}/changelog.gz DESTINATION ${docdir}
            COMPONENT ${component})
endfunction()

function(ballsdex_install_man_page component program)
    ballsdex_gzip(${BALLSDEX_INSTALLERS_DIR}/man/${program}.1
                  ${BALLSDEX_PACKAGE_STAGING}/man/${program}.1.gz)
    install(FILES ${BALLSDEX_PACKAGE_STAGING}/man/${program}.1.gz
            DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT ${component})
endfunction()

if(NOT UNIX OR APPLE)
    return() # Windows/macOS packages: see installers/README.md
endif()

configure_file(${BALLSDEX_INSTALLERS_DIR}/debian/changelog.in
               ${BALLSDEX_PACKAGE_STAGING}/changelog @ONLY)
ballsdex_gzip(${BALLSDEX_PACKAGE_STAGING}/changelog ${BALLSDEX_PACKAGE_STAGING}/changelog.gz)

set(BALLSDEX_PACKAGE_COMPONENTS)

if(BALLSDEX_BUILD_BOT)
    list(APPEND BALLSDEX_PACKAGE_COMPONENTS bot)
    ballsdex_install_debian_docs(bot ballsdex-bot)
    ballsdex_install_man_page(bot ballsdex-bot)
    ballsdex_install_man_page(bot ballsdex-sandbox)

    # The packaged configuration is the example with paths that suit the service's sandbox
    # (/etc is read-only to it); the example itself stays the documentation of every key.
    file(READ ${PROJECT_SOURCE_DIR}/config.example.yml packaged_config)
    set_property(DIRECTORY ${PROJECT_SOURCE_DIR} APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
                 ${PROJECT_SOURCE_DIR}/config.example.yml)
    set(replacements
        "# BallsDex bot configuration. Copy this file to config.yml and fill it in."
        "# BallsDex bot configuration of the ballsdex-bot.service unit (package ballsdex-bot).\n# Secrets go in /etc/ballsdex/env (mode 600): BALLSDEXBOT_TOKEN=... and\n# DATABASE_URL=postgresql://..., read by the unit. Then: systemctl enable --now ballsdex-bot"
        "media-directory: media"
        "media-directory: /var/lib/ballsdex/media"
        "wait-for-database: false"
        "wait-for-database: true"
        "  file: ballsdex.log"
        "  file: \"\" # the journal keeps the output, or use /var/log/ballsdex/ballsdex.log")
    while(replacements)
        list(POP_FRONT replacements from to)
        string(FIND "${packaged_config}" "${from}" found)
        if(found EQUAL -1)
            message(WARNING "Packaging: '${from}' is gone from config.example.yml; the packaged "
                            "config.yml keeps the example's value")
        endif()
        string(REPLACE "${from}" "${to}" packaged_config "${packaged_config}")
    endwhile()
    file(WRITE ${BALLSDEX_PACKAGE_STAGING}/config.yml.new "${packaged_config}")
    configure_file(${BALLSDEX_PACKAGE_STAGING}/config.yml.new ${BALLSDEX_PACKAGE_STAGING}/config.yml
                   COPYONLY)

    install(FILES ${BALLSDEX_PACKAGE_STAGING}/config.yml DESTINATION /etc/ballsdex COMPONENT bot)
    # Debian 12 keeps units in /lib (lintian: systemd-service-file-outside-lib).
    install(FILES ${BALLSDEX_INSTALLERS_DIR}/systemd/ballsdex-bot.service
            DESTINATION /lib/systemd/system COMPONENT bot)
    install(FILES ${BALLSDEX_INSTALLERS_DIR}/systemd/ballsdex.sysusers
            DESTINATION lib/sysusers.d RENAME ballsdex.conf COMPONENT bot)
    install(FILES ${BALLSDEX_INSTALLERS_DIR}/systemd/ballsdex.tmpfiles
            DESTINATION lib/tmpfiles.d RENAME ballsdex.conf COMPONENT bot)
    install(FILES ${BALLSDEX_INSTALLERS_DIR}/README.md ${PROJECT_SOURCE_DIR}/config.example.yml
                  ${PROJECT_SOURCE_DIR}/resources/config.schema.json
            DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/ballsdex-bot COMPONENT bot)
endif()

if(BALLSDEX_BUILD_STUDIO)
    list(APPEND BALLSDEX_PACKAGE_COMPONENTS studio)
    ballsdex_install_debian_docs(studio ballsdex-studio)
    ballsdex_install_man_page(studio ballsdex-studio)
    install(FILES ${BALLSDEX_INSTALLERS_DIR}/linux/ballsdex-studio.desktop
            DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/applications COMPONENT studio)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/ballsdex-studio.svg
            DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/icons/hicolor/scalable/apps COMPONENT studio)
endif()

# --- CPack --------------------------------------------------------------------------------------
set(CPACK_PACKAGE_NAME ballsdex)
set(CPACK_PACKAGE_VENDOR "BallsDex contributors")
set(CPACK_PACKAGE_CONTACT "${BALLSDEX_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
# CPack's own default, so that CPackDeb does not put it in front of the per-package descriptions
# below (their first line is the Debian synopsis).
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CMAKE_PROJECT_NAME} built using CMake")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/laggron42/BallsDex-DiscordBot")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_COMPONENTS_ALL ${BALLSDEX_PACKAGE_COMPONENTS})
if(NOT CPACK_GENERATOR)
    set(CPACK_GENERATOR DEB)
endif()

set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${BALLSDEX_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SOURCE ballsdex)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
# dpkg-shlibdeps computes the shared-library Depends; what is loaded at run time is added below.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(CPACK_DEBIAN_BOT_PACKAGE_NAME ballsdex-bot)
set(CPACK_DEBIAN_BOT_PACKAGE_SECTION net)
# adduser: fallback of the postinst when systemd-sysusers is missing. Cards are encoded as WebP
# with libwebp when shared_render links it (shlibdeps sees it), else with Qt's WebP plugin from
# qt6-image-formats-plugins, which then becomes a dependency; it also reads WebP/TIFF uploads.
set(bot_webp_plugin Recommends)
if(TARGET shared_render)
    get_target_property(render_libraries shared_render LINK_LIBRARIES)
    if(NOT "PkgConfig::WEBP" IN_LIST render_libraries)
        set(bot_webp_plugin Depends)
    endif()
endif()
if(bot_webp_plugin STREQUAL "Depends")
    set(CPACK_DEBIAN_BOT_PACKAGE_DEPENDS "adduser, qt6-image-formats-plugins")
else()
    set(CPACK_DEBIAN_BOT_PACKAGE_DEPENDS "adduser")
    set(CPACK_DEBIAN_BOT_PACKAGE_RECOMMENDS "qt6-image-formats-plugins")
endif()
set(CPACK_DEBIAN_BOT_PACKAGE_SUGGESTS "postgresql")
set(CPACK_DEBIAN_BOT_DESCRIPTION "collectible countryball game for Discord (bot)
BallsDex spawns countryballs in the channels of a Discord server as people
chat; players catch them by typing their name, then collect and trade them.
The game data lives in PostgreSQL.
.
This package holds the headless bot, the ballsdex-bot.service systemd unit
(not enabled at installation), its configuration /etc/ballsdex/config.yml,
and ballsdex-sandbox, an offline Discord stand-in to try the game.")
set(CPACK_DEBIAN_BOT_PACKAGE_CONTROL_EXTRA
    ${BALLSDEX_INSTALLERS_DIR}/debian/bot/conffiles ${BALLSDEX_INSTALLERS_DIR}/debian/bot/postinst
    ${BALLSDEX_INSTALLERS_DIR}/debian/bot/prerm ${BALLSDEX_INSTALLERS_DIR}/debian/bot/postrm)

set(CPACK_DEBIAN_STUDIO_PACKAGE_NAME ballsdex-studio)
set(CPACK_DEBIAN_STUDIO_PACKAGE_SECTION utils)
# QtKeychain dlopen()s libsecret, which dpkg-shlibdeps cannot see. Translations are embedded.
set(CPACK_DEBIAN_STUDIO_PACKAGE_DEPENDS "libsecret-1-0")
set(CPACK_DEBIAN_STUDIO_PACKAGE_RECOMMENDS
    "gnome-keyring | kwalletmanager, qt6-image-formats-plugins, qt6-translations-l10n")
set(CPACK_DEBIAN_STUDIO_DESCRIPTION "BallsDex card designer and moderation desk
BallsDex spawns countryballs in the channels of a Discord server as people
chat; players catch them by typing their name, then collect and trade them.
.
BallsDex Studio is the desktop companion of the bot: it opens the game's
PostgreSQL database to edit the catalogue, design cards with a live preview
and moderate players and guilds. People log in with Discord; their tokens
and database passwords are kept in the desktop keyring.")

include(CPack)
