# build-aux/setup-common.sh — shared by build-aux/run and build-aux/test (sourced, not run).
#
# Installs what is missing with apt (Debian 12, Ubuntu 24.04 or newer) and builds Styre into
# _build, installed into _build/install so the app finds its settings schema, icons,
# translations and help exactly as it would when installed for real.

set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"

# Everything the build, the app and the tests need.
styre_packages="
  meson ninja-build pkg-config gcc gettext itstool
  libglib2.0-dev libgtk-4-dev libadwaita-1-dev libsqlite3-dev sqlite3
  libcairo2-dev libpango1.0-dev libical-dev libxlsxwriter-dev
  desktop-file-utils appstream yelp-tools libxml2-utils shared-mime-info
  xvfb xauth poppler-utils flatpak-builder clang
  fonts-cantarell adwaita-icon-theme gsettings-desktop-schemas
  libxrandr-dev libxtst-dev
"

styre_install_missing () {
  missing=""
  for p in $styre_packages "$@"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
      missing="$missing $p"
    fi
  done
  [ -z "$missing" ] && return 0

  echo "Installing:$missing"
  sudo=""
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null || { echo "Please run as root or install sudo." >&2; exit 1; }
    sudo=sudo
  fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  # shellcheck disable=SC2086
  $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
}

# libFuzzer's runtime comes with the clang of the release (clang 14 on Debian 12).
styre_install_fuzzer_runtime () {
  major=$(clang --version 2>/dev/null | sed -n 's/.*clang version \([0-9]*\).*/\1/p' | head -n 1)
  [ -n "$major" ] && styre_install_missing "libclang-rt-$major-dev"
}

styre_build () {
  if [ ! -f _build/build.ninja ]; then
    meson setup _build --prefix="$top/_build/install" -Dwerror=true >/dev/null
  else
    meson configure _build --prefix="$top/_build/install" -Dwerror=true >/dev/null
  fi
  ninja -C _build >/dev/null
  meson install -C _build --quiet >/dev/null
}

styre_env () {
  export XDG_DATA_DIRS="$top/_build/install/share:${XDG_DATA_DIRS:-/usr/local/share:/usr/share}"
  export GSETTINGS_SCHEMA_DIR="$top/_build/install/share/glib-2.0/schemas"
}
