#!/usr/bin/env bash
# Refuses to release a tag whose commit is not on main: a tag pushed from a branch, a fork's
# commit or a rewritten history never becomes a release. Run in a clone with main fetched; the
# remote is $REMOTE (default origin).
set -euo pipefail
tag="${1:?usage: tag-on-main.sh vX.Y.Z}"
remote="${REMOTE:-origin}"
commit="$(git rev-parse --verify --quiet "${tag}^{commit}")" || {
  echo "$tag is not a tag of this repository." >&2
  exit 1
}
if ! git merge-base --is-ancestor "$commit" "refs/remotes/${remote}/main"; then
  echo "$tag ($(git rev-parse --short "$commit")) is not on ${remote}/main: only a commit of main is released." >&2
  exit 1
fi
echo "$tag ($(git rev-parse --short "$commit")) is on ${remote}/main."
