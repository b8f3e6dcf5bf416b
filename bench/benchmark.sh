#!/usr/bin/env bash
# Load benchmark of the packaged portal on loopback: generates (once) the large dataset, starts the jar with a 512 MB
# heap, and measures each page with wrk, as a visitor and as a signed-in member, beside a static file of the same app
# in the same run. Prints req/s, p50 and p99 per page. See README "Benchmarks".
#
#   bench/benchmark.sh                 # 64 connections, 15 s per page
#   BENCH_DURATION=5s bench/benchmark.sh
#
# Settings (environment): BENCH_DATA_DIR (target/bench-data, reused between runs; delete it to regenerate),
# BENCH_RESOURCES (100000), BENCH_MEMBERS (5000), BENCH_SEED (42), BENCH_CONNECTIONS (64), BENCH_DURATION (15s),
# BENCH_PORT (18080), BENCH_HEAP (512m), BENCH_WARMUP (3s per page before measuring), BENCH_SKIP_BUILD=1 to use the
# jar already in target/, BENCH_ONLY (a regular expression: only the pages it matches).
set -euo pipefail
cd "$(dirname "$0")/.."

DATA_DIR="${BENCH_DATA_DIR:-target/bench-data}"
PORT="${BENCH_PORT:-18080}"
CONNECTIONS="${BENCH_CONNECTIONS:-64}"
DURATION="${BENCH_DURATION:-15s}"
HEAP="${BENCH_HEAP:-512m}"
BASE="http://127.0.0.1:$PORT"

# shellcheck source=bench/common.sh
source bench/common.sh

echo "== Starting $JAR (heap $HEAP) on port $PORT"
# A heap dump on OutOfMemoryError says which page ran the heap out; an exhausted JVM may ignore SIGTERM, hence the KILL.
java -Xmx"$HEAP" -XX:+HeapDumpOnOutOfMemoryError -XX:HeapDumpPath=target/ -jar "$JAR" --apirnet.data-dir="$DATA_DIR" --server.port="$PORT" > target/benchmark-portal.log 2>&1 &
PORTAL=$!
# Keeps the script's exit status: under set -e a kill of an already finished portal would end the trap with 1.
trap 'kill $PORTAL 2>/dev/null || true; sleep 10; kill -9 $PORTAL 2>/dev/null || true; wait $PORTAL 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
    if curl -fs "$BASE/actuator/health/readiness" >/dev/null 2>&1; then break; fi
    if ! kill -0 $PORTAL 2>/dev/null; then echo "The portal did not start; see target/benchmark-portal.log" >&2; exit 1; fi
    sleep 1
done

SESSION=$(sign_in "$(prop member.email)")
# The generator's editors share the members' password (DatasetGenerator.EDITORS).
EDITOR_SESSION=$(sign_in "bench-editor-0@bench.apirnet.org")
# Pages only editors see: the review inbox and the editors' lists.
EDITOR_PAGES=("/review" "/library/manage" "/library/submissions" "/events/submissions" "/news/submissions")

RESOURCE=$(prop resource.public)
EVENT=$(prop event.public)
NEWS=$(prop news.public) # a path, /news/{id}-{slug}: the id alone would answer with a redirect
MONTH=$(date -u +%Y-%m)
PAGES=(
    "/"
    "/themes/wage-policy"
    "/countries/vn"
    "/library"
    "/library?theme=collective-bargaining"
    "/library?theme=collective-bargaining&country=vn"
    "/library?theme=collective-bargaining&country=vn&type=research"
    "/library?page=200"
    "/library?q=minimum+wage&country=vn"
    "/library/$RESOURCE"
    "/search?q=minimum+wage"
    "/events"
    "/events?theme=wage-policy&country=vn"
    "/events?view=month&month=$MONTH"
    "/events?when=past"
    "/events/$EVENT"
    "/events.ics"
    "/events.ics?theme=wage-policy&country=vn"
    "/news"
    "/news?theme=wage-policy&country=vn"
    "$NEWS"
    "/countries/compare?country=vn&country=th&country=kh&group=labour-standards"
    "/countries/compare?subregion=east-asia&subregion=south-east-asia&subregion=south-asia&subregion=pacific&group=labour-standards&group=industrial-relations&group=legal-framework&group=bench"
    "/countries/compare.csv?subregion=south-east-asia&group=industrial-relations"
    # Discussions: the list (index only), and one discussion page with 20 and one with 200 published replies.
    "/discussions"
    "/discussions?theme=wage-policy"
    "/discussions/$(prop discussion.small)"
    "/discussions/$(prop discussion.large)"
    # Projects: the list and a country's (index only), and one project page with the news and resources naming it.
    "/projects"
    "/projects?country=vn&stage=completed"
    "$(prop project.public)"
    # Blog: the list (index, and the page's authors in one query) and one post with its comments.
    "/blog"
    "$(prop blog.public)"
)

# BENCH_ONLY (an extended regular expression) measures only the pages it matches, and no editors' pages: one module's
# pages again, beside the static file, without the whole run.
if [ -n "${BENCH_ONLY:-}" ]; then
    chosen=()
    for page in "${PAGES[@]}"; do
        if [[ "$page" =~ $BENCH_ONLY ]]; then chosen+=("$page"); fi
    done
    [ ${#chosen[@]} -gt 0 ] || { echo "BENCH_ONLY=$BENCH_ONLY matches no page" >&2; exit 1; }
    PAGES=("${chosen[@]}")
    EDITOR_PAGES=()
fi

to_ms() { # wrk prints 512.00us, 1.23ms or 2.01s
    awk -v v="$1" 'BEGIN { if (v ~ /us$/) printf "%.1f", v / 1000; else if (v ~ /ms$/) printf "%.1f", v + 0;
                           else if (v ~ /s$/) printf "%.0f", v * 1000; else printf "%s", v }'
}

measure() { # path [cookie]: prints "req/s p50 p99 errors"
    local args=(-t2 -c"$CONNECTIONS" -d"$DURATION" --latency --timeout 5s)
    [ -n "${2:-}" ] && args+=(-H "Cookie: JSESSIONID=$2")
    local out; out=$(wrk "${args[@]}" "$BASE$1")
    local rps p50 p99 errors
    rps=$(awk '/Requests\/sec/ {printf "%.0f", $2}' <<<"$out")
    p50=$(to_ms "$(awk '$1 == "50%" {print $2}' <<<"$out")")
    p99=$(to_ms "$(awk '$1 == "99%" {print $2}' <<<"$out")")
    # Answers other than 2xx/3xx, plus connect, read, write errors and timeouts.
    errors=$(awk '/Non-2xx/ {n += $NF} /Socket errors/ {gsub(",", ""); n += $4 + $6 + $8 + $10} END {print n + 0}' <<<"$out")
    echo "$rps $p50 $p99 $errors"
}

echo
echo "== $CONNECTIONS connections, $DURATION per page, dataset in $DATA_DIR"
printf "%-62s | %8s %8s %8s %6s | %8s %8s %8s %6s\n" "page" "req/s" "p50 ms" "p99 ms" "errors" "req/s" "p50 ms" "p99 ms" "errors"
printf "%-62s | %-33s | %-33s\n" "" "visitor" "signed-in member"
warm() { # the JIT compiles what the pages run; figures are for a warm server, as in production
    wrk -t2 -c"$CONNECTIONS" -d"${BENCH_WARMUP:-3s}" "$BASE$1" >/dev/null
    wrk -t2 -c"$CONNECTIONS" -d"${BENCH_WARMUP:-3s}" -H "Cookie: JSESSIONID=$SESSION" "$BASE$1" >/dev/null
}
echo "(warming up: ${BENCH_WARMUP:-3s} per page and viewer, not measured)"
warm "/css/portal.css"
for page in "${PAGES[@]}"; do warm "$page"; done
for page in "${EDITOR_PAGES[@]}"; do
    wrk -t2 -c"$CONNECTIONS" -d"${BENCH_WARMUP:-3s}" -H "Cookie: JSESSIONID=$EDITOR_SESSION" "$BASE$page" >/dev/null
done
sleep 5 # let requests still queued from the slowest warm-up finish before the first measurement

row() {
    local visitor member
    visitor=$(measure "$1")
    member=$(measure "$1" "$SESSION")
    # shellcheck disable=SC2086
    printf "%-62s | %8s %8s %8s %6s | %8s %8s %8s %6s\n" "$1" $visitor $member
}
row "/css/portal.css"
for page in "${PAGES[@]}"; do row "$page"; done
if [ ${#EDITOR_PAGES[@]} -gt 0 ]; then
    echo
    printf "%-62s | %-33s\n" "" "signed-in editor"
    for page in "${EDITOR_PAGES[@]}"; do
        # shellcheck disable=SC2046
        printf "%-62s | %8s %8s %8s %6s\n" "$page" $(measure "$page" "$EDITOR_SESSION")
    done
fi
echo
row "/css/portal.css"
echo
if grep -qE "OutOfMemoryError|ERROR" target/benchmark-portal.log; then
    echo "The portal logged errors during the run (target/benchmark-portal.log):"; grep -E "OutOfMemoryError|ERROR" target/benchmark-portal.log | head -5
else
    echo "No errors in the portal's log (target/benchmark-portal.log)."
fi
