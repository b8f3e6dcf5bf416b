#!/usr/bin/env bash
# Lighthouse audit of five public pages (home, a theme, a country, /news, a news item), mobile and desktop presets.
# Prints the four category scores (performance, accessibility, best-practices, seo) per page and preset and exits
# non-zero when any is below 1.00. Needs Chromium (CHROME_PATH, default /usr/bin/chromium) and Lighthouse from npm
# (installed into LH_TOOL_DIR, /tmp/lhtool by default, on first use). Not part of the Maven build or .ci/run.
#
#   bench/lighthouse.sh                            # builds the jar, starts it (demo profile, fresh data dir), audits
#   bench/lighthouse.sh http://localhost:8080      # audits a portal already running there
#
# Settings (environment): LH_PORT (18093), LH_SKIP_BUILD=1 (use the jar in target/), LH_OUT (target/lighthouse,
# the JSON reports), LH_THEME (wage-policy), LH_COUNTRY (vn), LH_TOOL_DIR (/tmp/lhtool), LH_RUNS (1; with 3 or 5 the
# run of median performance score is reported for each page and preset).
set -euo pipefail
cd "$(dirname "$0")/.."

OUT="${LH_OUT:-target/lighthouse}"
TOOL="${LH_TOOL_DIR:-/tmp/lhtool}"
RUNS="${LH_RUNS:-1}"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
mkdir -p "$OUT"

if [ ! -x "$TOOL/node_modules/.bin/lighthouse" ]; then
    echo "== Installing Lighthouse into $TOOL"
    mkdir -p "$TOOL"
    (cd "$TOOL" && { [ -f package.json ] || npm init -y >/dev/null; } && npm i --silent lighthouse)
fi

if [ $# -ge 1 ]; then
    BASE="${1%/}"
else
    PORT="${LH_PORT:-18093}"
    BASE="http://localhost:$PORT"
    if [ "${LH_SKIP_BUILD:-0}" != 1 ]; then
        echo "== Building the jar"
        ./mvnw -o -q -DskipTests package
    fi
    JAR=$(ls target/apirnet-portal-*.jar | grep -v original | head -1)
    DATA=$(mktemp -d /tmp/lighthouse-data.XXXXXX)
    echo "== Starting $JAR on port $PORT (data in $DATA)"
    java -jar "$JAR" --spring.profiles.active=demo --server.port="$PORT" --apirnet.data-dir="$DATA" > "$OUT/portal.log" 2>&1 &
    PORTAL=$!
    # Keeps the script's own exit status (set -e would otherwise end the trap at the first kill of a finished process).
    stop_portal() {
        local status=$?
        kill "$PORTAL" 2>/dev/null || true
        for _ in $(seq 1 20); do kill -0 "$PORTAL" 2>/dev/null || break; sleep 1; done
        kill -9 "$PORTAL" 2>/dev/null || true
        wait "$PORTAL" 2>/dev/null || true
        rm -rf "$DATA"
        exit "$status"
    }
    trap stop_portal EXIT
    for _ in $(seq 1 300); do
        if curl -fs "$BASE/actuator/health/readiness" >/dev/null 2>&1; then break; fi
        if ! kill -0 $PORTAL 2>/dev/null; then echo "The portal did not start; see $OUT/portal.log" >&2; exit 1; fi
        sleep 1
    done
fi

# A news item: the first one /news links to.
ITEM=$(curl -fs "$BASE/news" | grep -o 'href="/news/[0-9][^"]*"' | head -1 | sed 's/^href="//; s/"$//')
if [ -z "$ITEM" ]; then echo "No news item linked from $BASE/news" >&2; exit 1; fi
PAGES=("/" "/themes/${LH_THEME:-wage-policy}" "/countries/${LH_COUNTRY:-vn}" "/news" "$ITEM")

# Warm the page cache so that the first audit of each page is not a cold render.
for p in "${PAGES[@]}"; do curl -fs -o /dev/null "$BASE$p"; done

failed=0
printf '%-40s %-8s %6s %6s %6s %6s\n' page preset perf a11y bp seo
for p in "${PAGES[@]}"; do
    for preset in mobile desktop; do
        name=$(echo "$p" | tr '/' '_' | sed 's/^_$/_home/')
        report="$OUT/${name}.${preset}.json"
        flags=()
        [ "$preset" = desktop ] && flags=(--preset=desktop)
        # Performance varies between runs on a busy machine: with LH_RUNS > 1 the run of median performance is kept,
        # as Lighthouse's own guidance on variability suggests.
        runs=()
        for run in $(seq 1 "$RUNS"); do
            "$TOOL/node_modules/.bin/lighthouse" "$BASE$p" "${flags[@]}" --quiet \
                --chrome-flags="--headless=new --no-sandbox" --output=json --output-path="$report.$run" >/dev/null 2>&1 || true
            runs+=("$report.$run")
        done
        median=$(node -e '
            const fs = require("fs");
            const rs = process.argv.slice(1).map(f => { try { return [JSON.parse(fs.readFileSync(f, "utf8")).categories.performance.score || 0, f]; } catch (e) { return [-1, f]; } });
            rs.sort((a, b) => a[0] - b[0]);
            console.log(rs[Math.floor((rs.length - 1) / 2)][1]);' "${runs[@]}")
        cp "$median" "$report"
        rm -f "${runs[@]}"
        scores=$(node -e '
            const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
            const c = ["performance", "accessibility", "best-practices", "seo"].map(k => r.categories[k] && r.categories[k].score);
            console.log(c.map(s => s == null ? "n/a" : s.toFixed(2)).join(" "));
            for (const k of ["performance", "accessibility", "best-practices", "seo"]) {
                for (const ref of (r.categories[k] || {auditRefs: []}).auditRefs) {
                    const a = r.audits[ref.id];
                    if (ref.weight > 0 && a.score !== null && a.score < 1) console.error("    " + k + ": " + a.id + " " + a.score);
                }
            }' "$report" 2>"$report.failing") || scores="n/a n/a n/a n/a"
        # shellcheck disable=SC2086
        printf '%-40s %-8s %6s %6s %6s %6s\n' "$p" "$preset" $scores
        cat "$report.failing"
        for s in $scores; do [ "$s" = "1.00" ] || failed=1; done
    done
done
if [ $failed -ne 0 ]; then echo "Some score is below 1.00 (reports in $OUT)" >&2; exit 1; fi
echo "All scores 1.00 (reports in $OUT)"
