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
    gnome-keyring libsecret-tools dbus
)

missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)
    [[ $status == installed ]] || missing+=("$package")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

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
