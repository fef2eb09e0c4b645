#!/usr/bin/env bash
# The release notes of one version: its section of CHANGELOG.md, from its "## " heading (the version
# with or without the v, optionally followed by a date) to the next "## " heading. Fails when the
# changelog has no section for the version, so that no release goes out without notes.
set -euo pipefail
version="${1:?usage: notes.sh vX.Y.Z [CHANGELOG.md]}"
changelog="${2:-CHANGELOG.md}"
bare="${version#v}"
awk -v bare="$bare" '
  /^## / {
    heading = $2
    gsub(/^\[|\]$/, "", heading)
    sub(/^v/, "", heading)
    if (found) exit
    if (heading == bare) { found = 1; next }
  }
  found { print }
  END { if (!found) exit 1 }
' "$changelog" || { echo "CHANGELOG.md has no \"## $bare\" section" >&2; exit 1; }
