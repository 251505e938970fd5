#!/bin/sh
# Builds the sample site and takes headless Chromium screenshots of the index, a brief, an entity page and the
# search page, at a phone width (390 px) and a laptop width (1280 px), in light and dark mode, so that the theme can be
# looked at after a change.
#
#   scripts/screenshots.sh [FOLDER]     PNGs into FOLDER (default /tmp/briefing-shots)
#
# Needs chromium (Debian: apt-get install chromium). The site is built into a temporary folder and opened from disk,
# which is also the hardest case for the search page (no fetch).
set -eu

shots="${1:-/tmp/briefing-shots}"
root=$(cd "$(dirname "$0")/.." && pwd)
site=$(mktemp -d "${TMPDIR:-/tmp}/briefing-shots-site.XXXXXX")
profile=$(mktemp -d "${TMPDIR:-/tmp}/briefing-shots-profile.XXXXXX")
trap 'rm -rf "$site" "$profile"' EXIT INT TERM

browser=""
for candidate in chromium chromium-browser google-chrome; do
    if command -v "$candidate" >/dev/null 2>&1; then browser=$(command -v "$candidate"); break; fi
done
if [ -z "$browser" ]; then
    echo "error: no chromium found. Install it (apt-get install chromium) and run this again." >&2
    exit 1
fi

cd "$root"
swift build --product briefing >/dev/null
.build/debug/briefing build --content Content --templates Templates --output "$site/Output" --jobs 2
mkdir -p "$shots"

# The entity with the most briefs, and a brief with analyst quotes.
entity=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); e=max(d["people"], key=lambda x:(x["briefs"], -len(x["name"]))); print(e["url"])' "$site/Output/search-index.json")
brief="briefs/ukraine-summit-security-guarantees/index.html"
[ -f "$site/Output/$brief" ] || brief=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["briefs"][0]["url"])' "$site/Output/search-index.json")

shoot() { # name, path (may carry a query), width, height, extra flags
    name=$1 path=$2 width=$3 height=$4
    shift 4
    "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$profile" \
        --virtual-time-budget=3000 --window-size="$width,$height" "$@" \
        --screenshot="$shots/$name-$width.png" "file://$site/Output/$path" >/dev/null 2>&1
    echo "$shots/$name-$width.png"
}

for width in 390 1280; do
    if [ "$width" = 390 ]; then height=2400; else height=1600; fi
    shoot index index.html "$width" "$height"
    shoot brief "$brief" "$width" "$height"
    shoot entity "$entity" "$width" "$height"
    shoot search "search/index.html?q=president" "$width" "$height"
    shoot entities entities/index.html "$width" "$height"
done
shoot index-dark index.html 1280 1600 --force-dark-mode --blink-settings=preferredColorScheme=0
shoot brief-dark "$brief" 1280 1600 --force-dark-mode --blink-settings=preferredColorScheme=0
shoot entity-dark "$entity" 390 2400 --force-dark-mode --blink-settings=preferredColorScheme=0
