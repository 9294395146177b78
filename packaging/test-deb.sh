#!/usr/bin/env bash
# The packaging test (.ci/run runs it after ./mvnw verify; it needs root and Debian's tools, a few
# minutes): builds the .deb, installs it with apt-get (its dependencies come too), runs the installed
# launcher for a user of its own (--version, init, status, the window under Xvfb until its first
# frame), checks the desktop entry and the icons, upgrades to a newer version and removes and
# reinstalls it, the user's store kept throughout, and removes it. WERKBANK_DEB=FILE tests that .deb
# instead of building one.
set -euo pipefail
cd "$(dirname "$0")/.."

fail() {
  echo "packaging test FAILED: $*" >&2
  exit 1
}
step() {
  echo "[packaging test] $*"
}

[ "$(id -u)" = 0 ] || fail "needs root (it installs the .deb)"
command -v apt-get >/dev/null || fail "needs Debian's apt-get"
missing=()
for tool in fakeroot:fakeroot xvfb-run:xvfb desktop-file-validate:desktop-file-utils; do
  command -v "${tool%%:*}" >/dev/null || missing+=("${tool#*:}")
done
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ -z "${WERKBANK_DEB:-}" ]; then
  step "building (./mvnw -Ppackage package)"
  ./mvnw -q -Ppackage package
  WERKBANK_DEB=$(ls target/werkbank_*_amd64.deb)
fi
deb=$(realpath "$WERKBANK_DEB")
version=$(dpkg-deb -f "$deb" Version)
size_mb=$(( $(stat -c %s "$deb") / 1024 / 1024 ))
step "$deb: version $version, $size_mb MB, installed $(( $(dpkg-deb -f "$deb" Installed-Size) / 1024 )) MB"
[ "$size_mb" -le 90 ] || fail "the .deb has $size_mb MB, more than 90"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dpkg --purge werkbank >/dev/null 2>&1 || true

install_deb() {
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$1" > "$work/apt.log" 2>&1 \
    || { cat "$work/apt.log" >&2; fail "apt-get install $1"; }
}

step "apt-get install"
install_deb "$deb"
launcher=/opt/werkbank/bin/werkbank
[ -x "$launcher" ] || fail "no $launcher"

# folders of a user of its own (Java takes the home folder from the password file, not from HOME):
# the store in the user's data folder, the log and any archive in the cache folder
export XDG_DATA_HOME=$work/home/.local/share XDG_CACHE_HOME=$work/home/.cache
unset WERKBANK_STORE
mkdir -p "$XDG_DATA_HOME" "$XDG_CACHE_HOME"
store=$XDG_DATA_HOME/werkbank

out=$("$launcher" --version)
[ "$out" = "Werkbank ${version%-*}" ] || fail "--version printed '$out', not 'Werkbank ${version%-*}'"
# the archive postinst made is used (-Xshare:on: the JVM refuses to start without it) and the JVM
# runs with the window's options
flags=$(_JAVA_OPTIONS="-Xshare:on -XX:+PrintCommandLineFlags" "$launcher" --version 2>/dev/null) \
  || fail "the installed launcher cannot use its class-data archive"
for flag in -XX:TieredStopAtLevel=1 -XX:+UseSerialGC; do
  grep -q -- "$flag" <<<"$flags" || fail "the launcher's JVM runs without $flag: $flags"
done

step "init and status"
"$launcher" init > "$work/init.txt" || fail "init: $(cat "$work/init.txt")"
[ -d "$store" ] || fail "init made no store in $store"
"$launcher" status > "$work/status.txt"
grep -q . "$work/status.txt" || fail "status printed nothing"
cat "$work/status.txt"

step "the window under Xvfb"
_JAVA_OPTIONS="-Xshare:on -Dwerkbank.probe.firstFrame=true" timeout 120 \
  xvfb-run -a -s "-screen 0 1280x800x24" "$launcher" > "$work/window.txt" 2>&1 || true
grep -q WERKBANK_FIRST_FRAME "$work/window.txt" || { cat "$work/window.txt" >&2; fail "the window showed no first frame"; }
# the window ran in the launcher's JVM with the installed archive: no second JVM wrote one of its own
if ls "$XDG_CACHE_HOME/werkbank"/classes-*.jsa >/dev/null 2>&1; then
  fail "the window wrote a class-data archive into the user's cache folder (a second JVM ran)"
fi

step "desktop entry and icons"
entry=/usr/share/applications/werkbank.desktop
[ -f "$entry" ] || fail "no $entry"
desktop-file-validate "$entry" || fail "$entry is not valid"
for line in "Name=Werkbank" "Name\[de\]=Werkbank" "Comment=" "Comment\[de\]=" "Exec=$launcher" "Icon=werkbank" \
  "Categories=Office;"; do
  grep -q "^$line" "$entry" || fail "$entry has no line $line"
done
for size in 16 24 32 48 64 128 256 512; do
  icon=/usr/share/icons/hicolor/${size}x${size}/apps/werkbank.png
  [ -f "$icon" ] || fail "no $icon"
  # a PNG's width and height: bytes 16 to 23 of its header
  read -r w h < <(od -An -j16 -N8 --endian=big -tu4 "$icon")
  [ "$w" = "$size" ] && [ "$h" = "$size" ] || fail "$icon is ${w}x$h"
done

step "upgrade to a newer version"
newer=$work/werkbank_upgrade.deb
dpkg-deb -R "$deb" "$work/newer"
sed -i "s/^Version: .*/Version: ${version%-*}-99/" "$work/newer/DEBIAN/control"
dpkg-deb -Zgzip -z1 -b "$work/newer" "$newer" >/dev/null
rm -rf "$work/newer"
install_deb "$newer"
[ "$(dpkg-query -W -f '${Version}' werkbank)" = "${version%-*}-99" ] || fail "the upgrade did not install"
"$launcher" status | diff "$work/status.txt" - || fail "the store changed in the upgrade"
_JAVA_OPTIONS=-Xshare:on "$launcher" --version >/dev/null 2>&1 || fail "no class-data archive after the upgrade"

step "remove and install again"
dpkg -r werkbank >/dev/null
[ ! -e /opt/werkbank ] || fail "/opt/werkbank is left after dpkg -r: $(find /opt/werkbank | head)"
[ ! -e "$entry" ] || fail "$entry is left after dpkg -r"
[ ! -e /usr/share/icons/hicolor/48x48/apps/werkbank.png ] || fail "the icons are left after dpkg -r"
[ -d "$store" ] || fail "dpkg -r removed the user's store"
install_deb "$deb"
"$launcher" status | diff "$work/status.txt" - || fail "the store changed in removing and installing again"
dpkg -r werkbank >/dev/null
step "passed"
