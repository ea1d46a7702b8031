#!/usr/bin/env bash
# Installs the Debian 12 packages the project needs; quiet and fast when nothing is missing.
set -euo pipefail

packages=(
    cmake g++ ninja-build pkg-config ccache dpkg-dev file curl
    qt6-base-dev qt6-base-dev-tools libqt6sql6-psql
    qt6-websockets-dev qt6-networkauth-dev qt6-httpserver-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qtkeychain-qt6-dev libpqxx-dev libyaml-cpp-dev prometheus-cpp-dev qcoro-qt6-dev
    libgtest-dev libbenchmark-dev zlib1g-dev libexpected-dev clang libclang-rt-14-dev
    libwebp-dev qt6-image-formats-plugins
    postgresql
    xvfb xauth x11-apps imagemagick fonts-dejavu-core
    gnome-keyring libsecret-tools dbus qt6-translations-l10n
)

# promtool (validates the /metrics output in the tests) comes from Debian's prometheus package,
# unpacked into .tools/ rather than installed, so no Prometheus server is set up on the machine.
tools_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/.tools"
fetch_promtool() {
    command -v promtool >/dev/null && return 0
    [[ -x $tools_dir/bin/promtool ]] && return 0
    local work
    work=$(mktemp -d /tmp/ballsdex-promtool.XXXXXX)
    if (cd "$work" && apt-get download -qq prometheus >/dev/null 2>&1); then
        dpkg-deb -x "$work"/prometheus_*.deb "$work/root"
        mkdir -p "$tools_dir/bin"
        cp "$work/root/usr/bin/promtool" "$tools_dir/bin/promtool"
    else
        echo "warning: could not download Debian's prometheus package; the metrics format test" \
            "will be skipped" >&2
    fi
    rm -rf "$work"
}

missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)
    [[ $status == installed ]] || missing+=("$package")
done
if [[ ${#missing[@]} -eq 0 ]]; then
    fetch_promtool
    exit 0
fi

sudo=()
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || {
        echo "error: missing packages: ${missing[*]}" >&2
        echo "       install them as root: apt-get install ${missing[*]}" >&2
        exit 1
    }
    sudo=(sudo)
fi
echo "==> Installing ${#missing[@]} missing packages: ${missing[*]}" >&2
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fetch_promtool
