#!/usr/bin/env bash
# Moves the major tag (v1) to the release just tagged (v1.2.3), but only when that release is the
# highest of its major: a hotfix tagged on an older line (v1.1.5 after v1.2.0) leaves v1 where it is.
# Run in a clone with every tag fetched; pushes to the remote named by $REMOTE (default origin).
set -euo pipefail
tag="${1:?usage: move-major-tag.sh vX.Y.Z}"
remote="${REMOTE:-origin}"
if ! [[ "$tag" =~ ^v([0-9]+)\.[0-9]+\.[0-9]+$ ]]; then
  echo "$tag is not a release tag (vX.Y.Z); the major tag is left alone." >&2
  exit 1
fi
major="v${BASH_REMATCH[1]}"
highest="$(git tag --list "${major}.*.*" | grep -E "^${major}\.[0-9]+\.[0-9]+$" | sort -V | tail -n 1)"
if [ "$highest" != "$tag" ]; then
  echo "$tag is not the highest release of $major ($highest is): $major stays on $highest."
  exit 0
fi
git tag --force "$major" "${tag}^{commit}" >/dev/null
git push --quiet --force "$remote" "refs/tags/${major}"
echo "$major now points at $tag ($(git rev-parse --short "${tag}^{commit}"))."
