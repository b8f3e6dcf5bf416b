#!/usr/bin/env bash
# Site search under load, side by side with PostgreSQL full-text search on the same data: six typical queries (one
# word, two words, a phrase, a Thai word, two facets selected, page 50) at 1 and 16 connections, first against the
# packaged portal's /search as a signed-in member, then the same queries against PostgresSearchBaseline (test
# sources), which answers /search with tsvector + GIN (websearch_to_tsquery, ts_rank, ts_headline; the same
# visibility, filters, total and facet counts over the whole match set). Prints p50/p95/p99 and req/s per query and
# side, the hit count each side printed for it, and a static file of the portal at 16 connections as the reference.
# See README "Benchmarks" for the dataset and bench/benchmark.sh, whose data directory and settings this shares.
#
#   bench/search-benchmark.sh                          # 15 s per measurement: about 12 minutes (13 with the first build)
#   BENCH_DURATION=60s bench/search-benchmark.sh       # steadier tails for the slow side
#   BENCH_BASELINE_REBUILD=1 bench/search-benchmark.sh # drop and rebuild the baseline's schema first
#
# Both sides use the dataset's own embedded PostgreSQL cluster (<data-dir>/postgres), one after the other: the portal
# starts it as always; once the portal has stopped (and with it the cluster), the baseline starts the same cluster
# itself with the portal's EmbeddedClusterStarter, so it runs with the same server settings, on a machine where
# nothing else is loaded. Connecting the baseline to the running portal's cluster instead would have left a portal
# idling beside it, and depended on a port and a process the baseline does not own. Two processes must never start
# one cluster: this script refuses to begin while a PostgreSQL server runs in the cluster, and the baseline refuses
# to start it while another process holds it. The baseline keeps what it builds in a schema of its own,
# bench_baseline (the portal's tables and Flyway history are only read); the first build takes about a minute, later
# runs reuse it while the portal's data stay the same.
#
# Between measurements it waits for the CPUs to be idle (Linux /proc/stat), so none starts behind the last one's backlog.
#
# Settings (environment): BENCH_DATA_DIR (target/bench-data, generated once as by bench/benchmark.sh),
# BENCH_DURATION (15s per measurement), BENCH_WARMUP (5s per query and side before measuring), BENCH_SEARCH_CONNECTIONS
# ("1 16"), BENCH_TIMEOUT (60s: a request slower than that counts as an error), BENCH_PORT (18080, the portal),
# BENCH_BASELINE_PORT (18081), BENCH_HEAP (512m, each side), BENCH_THEME (wage-policy, with country vn for the two
# facets), BENCH_READY_WAIT (1800 s: the portal rebuilds its search index at start when its schema changed),
# BENCH_BASELINE_REBUILD=1, BENCH_SKIP_BUILD=1 to use the jar and test classes already in target/, BENCH_PORTAL_ARGS
# (more arguments for the portal, e.g. --apirnet.search.cached-results=0 to measure every search answered afresh),
# BENCH_SKIP_BASELINE=1 to measure the portal alone.
set -euo pipefail
cd "$(dirname "$0")/.."

DATA_DIR="${BENCH_DATA_DIR:-target/bench-data}"
PORT="${BENCH_PORT:-18080}"
BASELINE_PORT="${BENCH_BASELINE_PORT:-18081}"
DURATION="${BENCH_DURATION:-15s}"
WARMUP="${BENCH_WARMUP:-5s}"
CONNECTION_COUNTS="${BENCH_SEARCH_CONNECTIONS:-1 16}"
TIMEOUT="${BENCH_TIMEOUT:-60s}"
HEAP="${BENCH_HEAP:-512m}"
THEME="${BENCH_THEME:-wage-policy}"
READY_WAIT="${BENCH_READY_WAIT:-1800}"
PORTAL_LOG=target/search-benchmark-portal.log
BASELINE_LOG=target/search-benchmark-baseline.log

BASE="http://127.0.0.1:$PORT"
# shellcheck source=bench/common.sh
source bench/common.sh

# The portal's starter stops whatever postmaster it finds in the cluster: never start while someone else's runs.
cluster_server() { # prints the pid of a PostgreSQL server running in the dataset's cluster, if any
    local pidfile="$DATA_DIR/postgres/postmaster.pid" pid
    [ -f "$pidfile" ] || return 0
    pid=$(head -1 "$pidfile")
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && grep -q postgres "/proc/$pid/comm" 2>/dev/null; then echo "$pid"; fi
}
if [ -n "$(cluster_server)" ]; then
    echo "A PostgreSQL server (pid $(cluster_server)) is running in $DATA_DIR/postgres: is a portal using this data directory?" >&2
    echo "Stop it first; two processes must not open one cluster." >&2
    exit 1
fi
for port in "$PORT" "$BASELINE_PORT"; do
    if curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$port/"; then echo "Port $port is already in use" >&2; exit 1; fi
done

PORTAL=""
BASELINE=""
stop() { # pid: asks a JVM to stop (each stops its PostgreSQL on the way out) and waits for it
    [ -n "$1" ] || return 0
    kill "$1" 2>/dev/null || true
    wait "$1" 2>/dev/null || true
}
trap 'stop "$PORTAL"; stop "$BASELINE"' EXIT

wait_until_ready() { # url pid log what: waits (up to READY_WAIT s) for the url to answer 200, printing progress
    local started=$SECONDS last_report=$SECONDS
    until curl -fs -o /dev/null --max-time 5 "$1"; do
        if ! kill -0 "$2" 2>/dev/null; then echo "The $4 did not start; see $3" >&2; exit 1; fi
        if [ $((SECONDS - started)) -ge "$READY_WAIT" ]; then echo "The $4 was not ready after $READY_WAIT s; see $3" >&2; exit 1; fi
        if [ $((SECONDS - last_report)) -ge 30 ]; then
            last_report=$SECONDS
            # The portal logs each index rebuild and the mass indexer's progress; the baseline its build.
            echo "   ... $((SECONDS - started)) s: $(grep -E 'Rebuilding the search index|[Mm]ass indexing|rebuilt|\[baseline\]' "$3" | tail -1 \
                | sed -E 's/^.{0,40}(INFO|WARN)[^:]*: //' | cut -c1-150)"
        fi
        sleep 1
    done
    echo "   ready after $((SECONDS - started)) s"
}

urlencode() { # RFC 3986: everything but unreserved ASCII as %XX of its UTF-8 bytes
    local hex out="" i byte
    hex=$(printf '%s' "$1" | od -An -tx1 -v | tr -d ' \n')
    for ((i = 0; i < ${#hex}; i += 2)); do
        byte=${hex:i:2}
        case $byte in
            3[0-9]|4[1-9a-f]|5[0-9a]|6[1-9a-f]|7[0-9a]|2d|2e|5f|7e) out+=$(printf "\\x$byte") ;;
            *) out+="%${byte^^}" ;;
        esac
    done
    echo "$out"
}

# The six queries, in both sides' parameters (the portal's /search: q, theme, country, page).
THAI_WORD="ค่าจ้าง" # "wage": in GeneratedText's Thai phrases ค่าจ้างขั้นต่ำ (minimum wage), คณะกรรมการค่าจ้าง (wage board)
NAMES=("one word" "two words" "phrase" "Thai word" "two facets" "page 50")
QUERIES=(
    "q=wage"
    "q=minimum+wage"
    "q=$(urlencode '"collective bargaining"')"
    "q=$(urlencode "$THAI_WORD")"
    "q=wage&theme=$THEME&country=vn"
    "q=wage&page=50"
)

hit_count() { # a results page on stdin: the total its role="status" paragraph gives ("1,000+" for "1,000 or more")
    local page status total
    page=$(tr '\n' ' ')
    status=$(grep -o '<p[^>]*role="status"[^>]*>[^<]*' <<<"$page" | sed 's/<[^>]*>//' | grep -E 'of [0-9]|[Nn]othing' | head -1 || true)
    if [ -z "$status" ]; then
        grep -q 'Nothing matches' <<<"$page" && echo 0 || echo "?"
        return
    fi
    total=$(grep -oE 'of [0-9][0-9,]*( or more)?' <<<"$status" | tail -1 || true)
    case $total in
        "") grep -q '[Nn]othing' <<<"$status" && echo 0 || echo "?" ;;
        *" or more") total=${total#of }; echo "${total% or more}+" ;;
        *) echo "${total#of }" ;;
    esac
}

# measure base query connections [session]: prints "p50 p95 p99 req/s errors" (ms; errors: non-2xx answers, socket
# errors and timeouts). Then it waits for the server to be idle again, so no measurement starts behind the backlog
# of the one before: wrk stops when its time is up, but the server still works through what it had accepted (for a
# slow side at 16 connections, many seconds of it).
measure() {
    local url="$1/search?$2" connections=$3 args out line
    args=(-t"$((connections < 2 ? 1 : 2))" -c"$connections" -d"$DURATION" --timeout "$TIMEOUT" -s bench/latency.lua)
    [ -n "${4:-}" ] && args+=(-H "Cookie: JSESSIONID=$4")
    out=$(wrk "${args[@]}" "$url")
    line=$(grep '^LATENCY' <<<"$out") || { echo "wrk printed no LATENCY line for $url:" >&2; echo "$out" >&2; exit 1; }
    figures "$line"
    wait_idle
}
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$2"; } # name line
figures() { # a LATENCY line of bench/latency.lua: prints "p50 p95 p99 req/s errors"
    echo "$(field p50_ms "$1") $(field p95_ms "$1") $(field p99_ms "$1") $(field rps "$1") $(($(field non2xx "$1") + $(field socket_errors "$1")))"
}
wait_idle() { # until the CPUs were mostly idle for a second (at most 120 s): the server has finished its backlog
    local _ user nice system idle iowait irq softirq steal busy total previous_busy previous_total
    read -r _ user nice system idle iowait irq softirq steal _ < /proc/stat
    previous_busy=$((user + nice + system + irq + softirq + steal)) previous_total=$((previous_busy + idle + iowait))
    for _ in $(seq 1 120); do
        sleep 1
        read -r _ user nice system idle iowait irq softirq steal _ < /proc/stat
        busy=$((user + nice + system + irq + softirq + steal)) total=$((busy + idle + iowait))
        if [ $(((busy - previous_busy) * 100 / (total - previous_total + 1))) -lt 20 ]; then return; fi
        previous_busy=$busy previous_total=$total
    done
}
warm() { # base query [session]: the JIT compiles what the queries run, the database's pages are read into memory
    wrk -t2 -c16 -d"$WARMUP" --timeout "$TIMEOUT" ${3:+-H "Cookie: JSESSIONID=$3"} "$1/search?$2" >/dev/null
    wait_idle
}

declare -A RESULT HITS

# ---------------------------------------------------------------------------------------------------- the portal
BASE="http://127.0.0.1:$PORT"
echo "== Starting $JAR (heap $HEAP) on port $PORT"
# shellcheck disable=SC2086 # BENCH_PORTAL_ARGS is a list of arguments
# Without the page cache: members' search pages are kept like any shared page, and this measures search itself.
java -Xmx"$HEAP" -jar "$JAR" --apirnet.data-dir="$DATA_DIR" --server.port="$PORT" --apirnet.page-cache.enabled=false \
    --logging.level.org.hibernate.search.mapper.orm.massindexing=info ${BENCH_PORTAL_ARGS:-} > "$PORTAL_LOG" 2>&1 &
PORTAL=$!
wait_until_ready "$BASE/actuator/health/readiness" "$PORTAL" "$PORTAL_LOG" portal

# A signed-in member: the login form's CSRF token, then the sign-in itself. Visitors' pages come from the page cache;
# a member's are rendered every time, so the search runs on every request.
SESSION=$(sign_in "$(prop member.email)")
headers=$(curl -s -D - -o target/search-benchmark-page.html -H "Cookie: JSESSIONID=$SESSION" "$BASE/search?q=wage")
if grep -qi '^X-Page-Cache' <<<"$headers" || ! grep -q '/logout' target/search-benchmark-page.html; then
    echo "The session of $(prop member.email) is not signed in (or its pages come from the visitors' cache)" >&2; exit 1
fi

echo "== Portal: warming up ($WARMUP per query at 16 connections, not measured)"
wrk -t2 -c16 -d"$WARMUP" -H "Cookie: JSESSIONID=$SESSION" "$BASE/css/portal.css" >/dev/null
for i in "${!QUERIES[@]}"; do
    warm "$BASE" "${QUERIES[$i]}" "$SESSION"
    HITS[portal,$i]=$(curl -s -H "Cookie: JSESSIONID=$SESSION" "$BASE/search?${QUERIES[$i]}" | hit_count)
done
echo "== Portal: measuring ($DURATION each)"
STATIC=$(wrk -t2 -c16 -d"$DURATION" --timeout "$TIMEOUT" -s bench/latency.lua -H "Cookie: JSESSIONID=$SESSION" "$BASE/css/portal.css" \
    | grep '^LATENCY')
wait_idle
for connections in $CONNECTION_COUNTS; do
    for i in "${!QUERIES[@]}"; do
        RESULT[portal,$connections,$i]=$(measure "$BASE" "${QUERIES[$i]}" "$connections" "$SESSION")
        echo "   $connections × ${NAMES[$i]}: ${RESULT[portal,$connections,$i]}"
    done
done
PORTAL_ERRORS=$(grep -cE "OutOfMemoryError| ERROR " "$PORTAL_LOG" || true)
echo "== Stopping the portal"
stop "$PORTAL"
PORTAL=""
for _ in $(seq 1 60); do [ -z "$(cluster_server)" ] && break; sleep 1; done
[ -z "$(cluster_server)" ] || { echo "The portal's PostgreSQL is still running after the portal stopped" >&2; exit 1; }

# ---------------------------------------------------------------------------------------------------- the baseline
if [ "${BENCH_SKIP_BASELINE:-}" != 1 ]; then
BASE="http://127.0.0.1:$BASELINE_PORT"
echo "== Starting the PostgreSQL full-text baseline on port $BASELINE_PORT"
java -Xmx"$HEAP" -cp "$CLASSPATH_TEST" org.apirnet.benchmarks.PostgresSearchBaseline --data-dir="$DATA_DIR" \
    --port="$BASELINE_PORT" ${BENCH_BASELINE_REBUILD:+--rebuild} > "$BASELINE_LOG" 2>&1 &
BASELINE=$!
wait_until_ready "$BASE/health" "$BASELINE" "$BASELINE_LOG" baseline
grep '^\[baseline\]' "$BASELINE_LOG" | sed 's/^/   /'

echo "== PostgreSQL: warming up ($WARMUP per query at 16 connections, not measured)"
for i in "${!QUERIES[@]}"; do
    warm "$BASE" "${QUERIES[$i]}"
    HITS[baseline,$i]=$(curl -s "$BASE/search?${QUERIES[$i]}" | hit_count)
done
echo "== PostgreSQL: measuring ($DURATION each)"
for connections in $CONNECTION_COUNTS; do
    for i in "${!QUERIES[@]}"; do
        RESULT[baseline,$connections,$i]=$(measure "$BASE" "${QUERIES[$i]}" "$connections")
        echo "   $connections × ${NAMES[$i]}: ${RESULT[baseline,$connections,$i]}"
    done
done
BASELINE_ERRORS=$(grep -c "^\[baseline\] /search" "$BASELINE_LOG" || true)
stop "$BASELINE"
BASELINE=""
fi

# ---------------------------------------------------------------------------------------------------- the table
echo
echo "== Site search on the dataset in $DATA_DIR, $DURATION per measurement, latency in ms"
echo "   portal: /search of $JAR, signed in as $(prop member.email)"
echo "   PostgreSQL: tsvector + GIN, websearch_to_tsquery('english'), ts_rank, ts_headline (PostgresSearchBaseline)"
echo "   queries:"
for i in "${!QUERIES[@]}"; do printf "     %-10s /search?%s\n" "${NAMES[$i]}" "${QUERIES[$i]}"; done
printf "     %-10s %s\n" "" "(Thai word: $THAI_WORD)"
echo
printf "%-5s %-11s | %9s %8s %8s %8s %8s %4s | %9s %8s %8s %8s %8s %4s\n" "conn" "query" \
    "hits" "p50" "p95" "p99" "req/s" "err" "hits" "p50" "p95" "p99" "req/s" "err"
printf "%-17s | %-49s | %-49s\n" "" "portal" "PostgreSQL full-text search"
for connections in $CONNECTION_COUNTS; do
    for i in "${!QUERIES[@]}"; do
        # shellcheck disable=SC2086
        printf "%-5s %-11s | %9s %8s %8s %8s %8s %4s | %9s %8s %8s %8s %8s %4s\n" "$connections" "${NAMES[$i]}" \
            "${HITS[portal,$i]}" ${RESULT[portal,$connections,$i]} "${HITS[baseline,$i]:--}" ${RESULT[baseline,$connections,$i]:-- - - - -}
    done
done
# shellcheck disable=SC2046
printf "%-5s %-11s | %9s %8s %8s %8s %8s %4s |\n" 16 "static css" "" $(figures "$STATIC")
echo "(static css: the portal's /css/portal.css, same run; hits: the count each side's page printed, \"+\": \"or more\")"
echo
[ "$PORTAL_ERRORS" = 0 ] && echo "No errors in the portal's log ($PORTAL_LOG)." \
    || echo "The portal logged $PORTAL_ERRORS errors ($PORTAL_LOG)."
[ "${BENCH_SKIP_BASELINE:-}" = 1 ] || { [ "$BASELINE_ERRORS" = 0 ] && echo "No failed searches in the baseline's log ($BASELINE_LOG)." \
    || echo "The baseline logged $BASELINE_ERRORS failed searches ($BASELINE_LOG)."; }
