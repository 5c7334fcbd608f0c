#!/usr/bin/env bash
# Builds the Debian package from a configured and built build directory and checks it the way a
# distribution would: its contents, desktop-file-validate, appstreamcli, lintian (no errors), then
# installs it, runs both programs from /usr/bin, finds the man page, and removes it again.
#   packaging/check-package.sh BUILD_DIR
# Needs root or sudo for the installation, and the tools packaging/setup.sh installs.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

if [ $# -ne 1 ] || [ ! -f "$1/CMakeCache.txt" ]; then
  echo "usage: packaging/check-package.sh BUILD_DIR (a configured build directory, e.g. build)" >&2
  exit 2
fi
build="$(cd "$1" && pwd)"
app_id=org.releaseconsole.ReleaseConsole

fail() {
  echo "check-package: $*" >&2
  exit 1
}
step() {
  echo "-- $*"
}

for tool in cpack dpkg-deb dpkg-parsechangelog readelf lintian desktop-file-validate appstreamcli man; do
  command -v "$tool" >/dev/null 2>&1 || fail "$tool is missing; run packaging/setup.sh"
done
if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1; then
  as_root=(sudo)
else
  fail "installing the package needs root or sudo"
fi

version="$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")"
[ -n "$version" ] || fail "$build/CMakeCache.txt names no project version"

# One version everywhere: the metainfo's release entry and the changelog's top entry are written
# by hand, so a version bump that forgets one of them stops here.
step "version $version in the metainfo and the changelog"
grep -q "<release version=\"$version\" date=\"[0-9-]*\"" "$here/packaging/$app_id.metainfo.xml" \
  || fail "packaging/$app_id.metainfo.xml has no <release version=\"$version\" date=\"YYYY-MM-DD\">; add one"
changelog_version="$(dpkg-parsechangelog -l "$here/packaging/changelog" -S Version)"
[ "$changelog_version" = "$version" ] \
  || fail "packaging/changelog starts with version $changelog_version, the project is $version; add an entry"

step "cpack -G DEB in $build"
out="$build/package"
rm -rf "$out"
# cpack builds what is out of date first (the preinstall target), then installs into a staging tree.
(cd "$build" && cpack -G DEB -B "$out") > "$build/cpack.log" 2>&1 \
  || { tail -n 40 "$build/cpack.log" >&2; fail "cpack failed; the whole log is $build/cpack.log"; }
deb="$(find "$out" -maxdepth 1 -name "release-console_${version}_*.deb" | head -n 1)"
[ -n "$deb" ] || fail "cpack made no release-console_${version}_*.deb in $out"
echo "$deb"
dpkg-deb --field "$deb"

step "contents"
contents="$out/contents"
rm -rf "$contents"
dpkg-deb -x "$deb" "$contents"
expected=(
  usr/bin/release-console
  usr/bin/releasectl
  "usr/share/applications/$app_id.desktop"
  "usr/share/metainfo/$app_id.metainfo.xml"
  usr/share/icons/hicolor/scalable/apps/release-console.svg
  usr/share/man/man1/releasectl.1.gz
  usr/share/man/man1/release-console.1.gz
  usr/share/doc/release-console/copyright
  usr/share/doc/release-console/changelog.gz
)
for size in 16 22 24 32 48 64 128 256; do
  expected+=("usr/share/icons/hicolor/${size}x${size}/apps/release-console.png")
done
for path in "${expected[@]}"; do
  [ -f "$contents/$path" ] || fail "the package lacks /$path"
done
for program in release-console releasectl; do
  if readelf -S "$contents/usr/bin/$program" | grep -Eq '\.(symtab|debug_info)\b'; then
    fail "/usr/bin/$program is not stripped"
  fi
done
depends="$(dpkg-deb -f "$deb" Depends)"
echo "Depends: $depends"
for lib in libqt6widgets6 libqt6network6 libgit2 libyaml-cpp libqt6keychain libqt6svg6; do
  case "$depends" in *"$lib"*) ;; *) fail "Depends lacks $lib; is CPACK_DEBIAN_PACKAGE_SHLIBDEPS working?" ;; esac
done

step "desktop-file-validate"
desktop-file-validate "$contents/usr/share/applications/$app_id.desktop"

step "appstreamcli validate"
appstreamcli validate --no-net --pedantic "$contents/usr/share/metainfo/$app_id.metainfo.xml"

step "lintian"
# Every tag down to pedantic is shown; only errors fail. Overrides ship in the package with reasons.
lintian --display-info --pedantic --show-overrides --tag-display-limit 0 --fail-on error "$deb" \
  || fail "lintian reports errors"

step "install"
was_installed=no
if dpkg-query -W -f='${Status}' release-console 2>/dev/null | grep -q "install ok installed"; then
  was_installed=yes
fi
remove_package() {
  if [ "$was_installed" = no ]; then
    echo "-- remove"
    DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get purge -y -qq release-console >/dev/null
  else
    echo "-- release-console was installed before this check; the new build stays installed"
  fi
}
install_package() {
  DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends "$deb" \
    > "$out/install.log" 2>&1 || { cat "$out/install.log" >&2; return 1; }
}
# The dependencies are the build's own runtime libraries, so they are usually present; when apt
# knows no package lists yet, read them once and try again.
if ! install_package; then
  "${as_root[@]}" apt-get update -qq
  install_package || fail "apt-get could not install $deb (above)"
fi
trap remove_package EXIT
dpkg-query -W -f='${Package} ${Version} ${Status}\n' release-console

step "run from /usr/bin"
ldd /usr/bin/release-console /usr/bin/releasectl | grep "not found" && fail "libraries missing"
got="$(/usr/bin/releasectl --version)"
[ "$got" = "releasectl $version" ] || fail "releasectl --version printed \"$got\", expected \"releasectl $version\""
echo "$got"
got="$(QT_QPA_PLATFORM=offscreen /usr/bin/release-console --version 2>/dev/null)"
[ "$got" = "release-console $version" ] \
  || fail "release-console --version printed \"$got\", expected \"release-console $version\""
echo "$got"

step "man pages"
for page in releasectl release-console; do
  if ! found="$(man -w "$page")"; then
    # Minimal container images tell dpkg to leave out /usr/share/man (path-exclude).
    grep -rs "path-exclude.*/usr/share/man" /etc/dpkg/dpkg.cfg.d/ \
      && fail "man -w $page finds no page: dpkg is told to leave out man pages (above)"
    fail "man -w $page finds no page"
  fi
  [ "$found" = "/usr/share/man/man1/$page.1.gz" ] || fail "man -w $page finds $found, not the package's page"
  echo "$found"
done

echo "check-package: $deb is fine"
