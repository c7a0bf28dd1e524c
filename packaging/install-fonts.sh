#!/usr/bin/env bash
# The bundle ships OFL Noto fonts (Latin/Cyrillic, Arabic, Simplified Chinese). Install
# them from Debian when missing and possible; otherwise the bundle takes what is there.
set -u
have() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
need=()
for pkg in fonts-noto-core fonts-noto-cjk; do have "$pkg" || need+=("$pkg"); done
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null \
    || echo "warning: could not install ${need[*]}; the bundle will carry other fonts" >&2
else
  echo "warning: ${need[*]} not installed (needs root); the bundle will carry other fonts" >&2
fi
exit 0
