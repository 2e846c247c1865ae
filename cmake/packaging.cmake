# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian package: `cmake --build build --target package` (or `cpack --config build/CPackConfig.cmake`)
# writes recovery-assistant_<version>_amd64.deb with the two programs, the desktop file, icon,
# metainfo and polkit policy; the shared-library dependencies come from dpkg-shlibdeps and the
# tools the product drives are named below. `apt install ./recovery-assistant_*.deb` installs it.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME recovery-assistant)
set(CPACK_PACKAGE_VENDOR "Recovery Assistant contributors")
set(CPACK_PACKAGE_CONTACT "Recovery Assistant maintainers <recovery-assistant@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "A guided wizard and a command-line tool that unlock a BitLocker disk with its recovery key,\nremove the faulty CrowdStrike channel file 291 (keeping a verified copy) and write the ticket.")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # recovery-assistant_<version>_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION admin)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://github.com/recoveryassistant/recovery-assistant")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Run-time tools (not linked, so dpkg-shlibdeps cannot see them) and the Qt plugins the wizard loads.
# The case store's SQLite driver is a Qt plugin too: without it every case on a machine that
# installed only the .deb (the stick) was "not filed" (found when filing failures became visible).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "dislocker, ntfs-3g, fuse3, libqt6svg6, libqt6sql6-sqlite")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "pkexec | policykit-1, fonts-noto-cjk, qt6-qpa-plugins, qt6-translations-l10n, libqt6sql6-psql")
include(CPack)
