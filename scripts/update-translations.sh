#!/usr/bin/env bash
# Refreshes translations/*.ts from Studio's sources (run after changing user-visible texts), then
# translate the new entries with Qt Linguist (linguist translations/ballsdex-studio_fr.ts).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
lupdate=/usr/lib/qt6/bin/lupdate
for language in en fr; do
    "$lupdate" -silent -locations none -no-obsolete \
        "$root/studio" "$root/shared/render" "$root/shared/config/DatabaseUrl.cpp" \
        -source-language en -target-language "$language" \
        -ts "$root/translations/ballsdex-studio_$language.ts"
done
