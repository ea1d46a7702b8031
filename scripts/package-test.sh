#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the .deb packages, checks them with lintian, installs them with dpkg, runs the installed
# bot and checks its systemd unit, then purges them again.
#
#   scripts/package-test.sh                  Release build (tests off) in build-package/, then test
#   scripts/package-test.sh --reuse <dir>    package an already built tree (the ctest entry)
#
# Needs root and dpkg (Debian 12). Installs lintian (and systemd, for systemd-analyze) with apt-get
# when missing. Refuses to touch a machine where ballsdex-bot or ballsdex-studio is installed.
# BALLSDEX_PACKAGE_TEST=0 skips, =1 insists (fails instead of skipping). Exit 77 = skipped.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

packages=(ballsdex-bot ballsdex-studio)
started=$SECONDS
build_dir=${BALLSDEX_PACKAGE_BUILD_DIR:-$BALLSDEX_ROOT/build-package}
reuse=false
if [[ ${1:-} == --reuse ]]; then
    [[ -n ${2:-} ]] || die "--reuse needs a build directory"
    build_dir=$(cd "$2" && pwd)
    reuse=true
elif [[ $# -gt 0 ]]; then
    die "usage: $0 [--reuse <build dir>]"
fi

skip() {
    [[ ${BALLSDEX_PACKAGE_TEST:-} == 1 ]] && die "$* (BALLSDEX_PACKAGE_TEST=1)"
    echo "SKIP: $*" >&2
    exit 77
}
[[ ${BALLSDEX_PACKAGE_TEST:-} == 0 ]] && skip "BALLSDEX_PACKAGE_TEST=0"
[[ $(id -u) -eq 0 ]] || skip "needs root to install packages with dpkg"
{ command -v dpkg && command -v apt-get; } >/dev/null || skip "not a Debian system"

is_installed() { [[ $(dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null) == installed ]]; }
refuse_installed() {
    for package in "${packages[@]}"; do
        if is_installed "$package"; then
            skip "$package is installed on this machine; remove it first" \
                "(dpkg --purge ${packages[*]}) to run the package test"
        fi
    done
}
refuse_installed

if ! $reuse; then
    say "Release build in $build_dir"
    launcher=()
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    # Debian's hardening flags, as a Debian package build would use them.
    export DEB_BUILD_MAINT_OPTIONS=hardening=+all
    cxxflags="$(dpkg-buildflags --get CPPFLAGS) $(dpkg-buildflags --get CXXFLAGS)"
    ldflags=$(dpkg-buildflags --get LDFLAGS)
    cmake -S "$BALLSDEX_ROOT" -B "$build_dir" -G Ninja "${launcher[@]}" -DCMAKE_BUILD_TYPE=Release \
        -DBALLSDEX_BUILD_TESTS=OFF -DBALLSDEX_WARNINGS_AS_ERRORS=OFF \
        -DCMAKE_CXX_FLAGS="$cxxflags" -DCMAKE_EXE_LINKER_FLAGS="$ldflags" >/dev/null
    cmake --build "$build_dir" -j2
fi
[[ -f $build_dir/CPackConfig.cmake ]] || die "$build_dir has no CPackConfig.cmake"

# One package test at a time on a machine (dpkg, the ballsdex user).
exec 9>/tmp/ballsdex-package-test.lock
flock 9
refuse_installed

user_existed=false
getent passwd ballsdex >/dev/null && user_existed=true
state_existed=false
[[ -e /var/lib/ballsdex ]] && state_existed=true
work=$(mktemp -d /tmp/ballsdex-package.XXXXXX)
cleanup() {
    local status=$?
    for package in "${packages[@]}"; do
        if dpkg-query -W "$package" >/dev/null 2>&1; then
            dpkg --purge "$package" >/dev/null 2>&1 || true
        fi
    done
    if ! $user_existed && getent passwd ballsdex >/dev/null; then
        userdel ballsdex >/dev/null 2>&1 || true
        if getent group ballsdex >/dev/null; then groupdel ballsdex >/dev/null 2>&1 || true; fi
    fi
    $state_existed || rm -rf /var/lib/ballsdex
    rm -rf "$work"
    exit "$status"
}
trap cleanup EXIT

# The tools of this test only, kept out of install-deps.sh (lintian pulls in ~130 packages).
tools=()
command -v lintian >/dev/null || tools+=(lintian)
command -v systemd-analyze >/dev/null || tools+=(systemd)
if [[ ${#tools[@]} -gt 0 ]]; then
    say "Installing ${tools[*]}"
    apt_install=(apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=300)
    if ! DEBIAN_FRONTEND=noninteractive "${apt_install[@]}" "${tools[@]}" >"$work/apt.log" 2>&1; then
        apt-get update -qq -o DPkg::Lock::Timeout=300
        DEBIAN_FRONTEND=noninteractive "${apt_install[@]}" "${tools[@]}" >"$work/apt.log" 2>&1 \
            || { cat "$work/apt.log" >&2; die "could not install ${tools[*]}"; }
    fi
fi

say "Building the packages (cpack -G DEB)"
cpack --config "$build_dir/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log" >&2; die "cpack failed"; }
debs=()
for package in "${packages[@]}"; do
    deb=$(find "$work/out" -maxdepth 1 -name "${package}_*.deb" -print -quit)
    [[ -n $deb ]] || die "cpack made no $package package"
    debs+=("$deb")
    dpkg-deb --field "$deb" Package Version Depends Recommends Suggests
    echo
done

say "lintian"
lintian --fail-on error --display-info --tag-display-limit 0 "${debs[@]}" 2>&1 \
    | { grep -v 'running with root privileges' || true; } || die "lintian reported errors"

say "Installing with dpkg"
if ! dpkg -i "${debs[@]}"; then
    DEBIAN_FRONTEND=noninteractive apt-get install -f -y -qq --no-install-recommends \
        -o DPkg::Lock::Timeout=300
fi
for package in "${packages[@]}"; do
    is_installed "$package" || die "$package did not install"
done

say "Checking the installed bot"
getent passwd ballsdex >/dev/null || die "the package created no ballsdex user"
# Qt wants a runtime directory; without one it makes /tmp/runtime-<user> and leaves it behind.
chmod 711 "$work"
export XDG_RUNTIME_DIR=$work/runtime-root
install -d -m 700 "$XDG_RUNTIME_DIR"
bot_runtime=$work/runtime-ballsdex
install -d -m 700 -o ballsdex -g ballsdex "$bot_runtime"
expected="ballsdex-bot $(dpkg-query -W -f='${Version}' ballsdex-bot)"
version=$(ballsdex-bot --version)
[[ $version == "$expected" ]] || die "ballsdex-bot --version printed '$version', expected '$expected'"
echo "$version"
[[ $(stat -c '%U:%G %a' /etc/ballsdex/config.yml) == "root:ballsdex 640" ]] \
    || die "/etc/ballsdex/config.yml is $(stat -c '%U:%G %a' /etc/ballsdex/config.yml)"
dpkg-query -W -f='${Conffiles}\n' ballsdex-bot | grep -q ' /etc/ballsdex/config.yml ' \
    || die "/etc/ballsdex/config.yml is not a conffile"
# As the service runs it: the ballsdex user must be able to read its configuration. Without a
# token or a database URL the file is still valid (exit 0); `run` would then exit with status 2.
status=0
(cd /var/lib/ballsdex && XDG_RUNTIME_DIR=$bot_runtime runuser -u ballsdex -- \
    ballsdex-bot --check-config --config /etc/ballsdex/config.yml) >"$work/check-config.txt" || status=$?
[[ $status -eq 0 ]] || die "ballsdex-bot --check-config failed with status $status"
grep -q '/var/lib/ballsdex/media' "$work/check-config.txt" \
    || die "--check-config does not show the packaged media folder"
QT_QPA_PLATFORM=offscreen ballsdex-studio --version
[[ -f /usr/share/applications/ballsdex-studio.desktop ]] || die "no desktop file"

say "systemd-analyze verify"
unit=/lib/systemd/system/ballsdex-bot.service
man_check=()
command -v man >/dev/null || man_check=(--man=no)
systemd-analyze verify "${man_check[@]}" "$unit"
# The threshold is in tenths of the printed 0-10 exposure level.
systemd-analyze security --offline=yes --threshold=20 "$unit" >"$work/security.txt" \
    || { cat "$work/security.txt"; die "the unit's exposure level is above 2.0"; }
tail -1 "$work/security.txt"

say "Reinstalling (the upgrade path of the maintainer scripts), removing, purging"
dpkg -i "${debs[0]}"
dpkg -r "${packages[@]}"
[[ ! -e /usr/bin/ballsdex-bot && ! -e $unit && -f /etc/ballsdex/config.yml ]] \
    || die "dpkg -r should remove the files and keep the configuration"
dpkg --purge ballsdex-bot # ballsdex-studio has no configuration left to purge
[[ ! -e /etc/ballsdex ]] || die "/etc/ballsdex is left after dpkg --purge"

say "Package test passed in $((SECONDS - started)) s"
