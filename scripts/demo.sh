#!/usr/bin/env bash
# The README's first command: install what is missing, build, index the bundled demo
# organisation and serve it on http://127.0.0.1:8080 (Ctrl-C stops it).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${KENNIS_BUILD_DIR:-$root/build}
port=${KENNIS_PORT:-8080}

"$root/scripts/bootstrap.sh"
"$root/scripts/build.sh"

index="$build/demo-index"
rm -rf "$index.new"
"$build/kennis-index" --index "$index.new" \
  --profiles "$root/demo/profiles.jsonl" \
  --posts "$root/demo/posts.jsonl" \
  --documents "$root/demo/documents.jsonl"
rm -rf "$index" && mv "$index.new" "$index"

cat <<MSG

kennis is serving the demo organisation on http://127.0.0.1:$port — try:
  curl 'http://127.0.0.1:$port/v1/search?q=subsidieaanvraag'
  curl 'http://127.0.0.1:$port/v1/search?q=%22heat+pump%22+OR+w%C3%A4rmepumpe&sort=date'
  curl 'http://127.0.0.1:$port/v1/search?q=kind:document+lang:fr'
Ctrl-C stops it.

MSG
exec "$build/kennis-searchd" --index "$index" --port "$port"
