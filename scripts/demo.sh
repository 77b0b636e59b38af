#!/usr/bin/env bash
# The README's first command: install what is missing, build, index the bundled demo
# organisation and serve it on http://127.0.0.1:8080 (Ctrl-C stops it).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${KENNIS_BUILD_DIR:-$root/build}
port=${KENNIS_PORT:-8080}

"$root/scripts/bootstrap.sh"
"$root/scripts/build.sh"

# The demo organisation in the formats real sources export: an LDIF directory, a Slack
# export, a Viva Engage export and a file share (demo/kennis.toml). Git does not keep file
# times, so the generator first restores the documents' dates on the share.
python3 "$root/demo/make_exports.py" >/dev/null
index="$build/demo-index"
"$build/kennis-index" --config "$root/demo/kennis.toml" --index "$index" --rebuild

cat <<MSG

kennis is serving the demo organisation on http://127.0.0.1:$port — try:
  curl 'http://127.0.0.1:$port/v1/search?q=subsidieaanvraag'
  curl 'http://127.0.0.1:$port/v1/search?q=%22heat+pump%22+OR+w%C3%A4rmepumpe&sort=date'
  curl 'http://127.0.0.1:$port/v1/search?q=kind:document+lang:fr'
  curl 'http://127.0.0.1:$port/v1/experts?q=warmtepompen&size=3'
  curl 'http://127.0.0.1:$port/v1/experts?q=wie+weet+iets+van+subsidies%3F&size=3'
As a member of the board (demo/access.toml lets this machine act as the intranet's proxy):
  curl -H 'X-Remote-User: geert.vandamme@brughuis.example' 'http://127.0.0.1:$port/v1/search?q=strategie+2030'
  curl -H 'X-Remote-User: geert.vandamme@brughuis.example' 'http://127.0.0.1:$port/v1/whoami'
Ctrl-C stops it.

MSG
exec "$build/kennis-searchd" --index "$index" --port "$port" --access "$root/demo/access.toml"
