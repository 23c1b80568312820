#!/usr/bin/env bash
# Renders --report-html pages of hostile inputs in real headless Chromium and
# checks that they render, that every removal is struck on them with its
# reason, and that nothing from the input ran (a script would set the title
# to PWNED). A control run opens the hostile input itself first, to show that
# the same check does see script running. Not part of npm test: it needs
# Chromium (Debian's package; installed here when missing and run as root).
#
#   bash scripts/report-html-browser.sh [OUTPUT_FOLDER]
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "chromium is missing: sudo apt-get install -y chromium" >&2
    exit 2
  fi
fi

work="${1:-$(mktemp -d)}"
mkdir -p "$work"
tsx() { node --import tsx "$@"; }
# --no-sandbox: Chromium refuses to start as root otherwise. The virtual time
# budget lets timers and load handlers run before the DOM is dumped.
browse() { timeout 120 chromium --headless --no-sandbox --disable-gpu --virtual-time-budget=3000 "$@" 2>/dev/null; }

echo "chromium: $(chromium --version 2>/dev/null)"
echo "work folder: $work"

# The hostile inputs the vitest tests use, written out.
tsx -e "import {hostileHtml, hostileDump} from './test/helpers/hostile.ts'; import {writeFileSync} from 'node:fs'; writeFileSync('$work/hostile.html', hostileHtml); writeFileSync('$work/hostile.txt', hostileDump)"

echo "control: the hostile input itself, opened as a page"
control=$(browse --dump-dom "file://$work/hostile.html" | grep -o '<title>[^<]*</title>' || true)
echo "  title: $control"
case "$control" in
  *PWNED*) echo "  ok: script runs there, so the check below can see it" ;;
  *) echo "  FAIL: the control did not run its script; the check proves nothing" >&2; exit 1 ;;
esac

status=0
for input in hostile.html hostile.txt; do
  page="$work/${input%.*}-${input##*.}.audit.html"
  echo "page: --report-html of $input"
  tsx src/cli/bin.ts --no-config --json --report-html "$page" "$work/$input" > "$page.json"
  browse --dump-dom "file://$page" > "$page.dom.html"
  browse --window-size=1200,1600 --screenshot="$page.png" "file://$page" >/dev/null
  echo "  screenshot: $page.png ($(stat -c %s "$page.png") bytes)"
  tsx scripts/report-html-dom-check.ts "$page.dom.html" "$page.json" || status=1
done

echo "batch: JSON Lines of both, with an index"
node -e "const fs=require('fs');const w=process.argv[1];fs.writeFileSync(w+'/pages.jsonl',[{id:'<script>document.title=\"PWNED\"</script>',html:fs.readFileSync(w+'/hostile.html','utf8')},{id:'dump',text:fs.readFileSync(w+'/hostile.txt','utf8')}].map(r=>JSON.stringify(r)).join('\n')+'\n')" "$work"
tsx src/cli/bin.ts --no-config --quiet --report --concurrency 2 --jsonl "$work/pages.jsonl" --out "$work/pages.out.jsonl" --report-html "$work/batch"
for line in 1 2; do
  echo "  page of record $line: batch/pages/line-$line.html"
  sed -n "${line}p" "$work/pages.out.jsonl" > "$work/batch/line-$line.json"
  browse --dump-dom "file://$work/batch/pages/line-$line.html" > "$work/batch/line-$line.dom.html"
  tsx scripts/report-html-dom-check.ts "$work/batch/line-$line.dom.html" "$work/batch/line-$line.json" || status=1
done
index=$(browse --dump-dom "file://$work/batch/index.html")
links=$(grep -o '<a href="pages/line-[0-9]*.html">' <<<"$index" | wc -l)
title=$(grep -o '<title>[^<]*</title>' <<<"$index")
echo "  index title: $title; links to pages: $links"
if [ "$links" != 2 ] || grep -q PWNED <<<"$title"; then echo "  FAIL: the index" >&2; status=1; else echo "  ok"; fi

[ "$status" = 0 ] && echo "all checks passed" || echo "SOME CHECKS FAILED"
exit "$status"
