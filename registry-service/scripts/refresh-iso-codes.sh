#!/usr/bin/env bash
# Refreshes the ISO 3166 copies in src/main/resources/iso/ from Debian's iso-codes package
# (https://salsa.debian.org/iso-codes-team/iso-codes) and records the package version in the README.
# Usage: registry-service/scripts/refresh-iso-codes.sh   (installs iso-codes with apt-get when missing)
set -euo pipefail
cd "$(dirname "$0")/.."
SOURCE=/usr/share/iso-codes/json
TARGET=src/main/resources/iso

if [ ! -f "$SOURCE/iso_3166-1.json" ]; then
  echo "iso-codes is not installed; installing it from Debian's packages" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq iso-codes >/dev/null
fi

version=$(dpkg-query -W -f='${Version}' iso-codes)
cp "$SOURCE/iso_3166-1.json" "$SOURCE/iso_3166-2.json" "$TARGET/"
sed -i -E "s/^Version: .*/Version: ${version}/" "$TARGET/README.md"
echo "Copied ISO 3166-1 and 3166-2 from iso-codes ${version} into $TARGET" >&2
