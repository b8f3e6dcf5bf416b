# Shared by the benchmark scripts (sourced, from the project's root, after DATA_DIR and BASE are set): the tools they
# need, the jar and test classpath, the dataset (generated once), its properties and signing in.

export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export PATH="$JAVA_HOME/bin:$PATH"

command -v wrk >/dev/null || { echo "wrk is not installed (Debian: apt-get install -y wrk)" >&2; exit 1; }
command -v curl >/dev/null || { echo "curl is not installed" >&2; exit 1; }

if [ "${BENCH_SKIP_BUILD:-}" != 1 ]; then
    echo "== Building the jar and the test classes"
    ./mvnw -q -B -ntp -DskipTests package
    ./mvnw -q -B -ntp dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
fi
JAR=$(ls target/apirnet-portal-*.jar | grep -v '\.original$' | head -1)
CLASSPATH_TEST="target/test-classes:target/classes:$(cat target/test-classpath.txt)"

# Also when a dataset made before a module's content existed lacks it: the generator then adds only that part.
dataset_complete() {
    local key
    [ -f "$DATA_DIR/benchmark.properties" ] || return 1
    for key in news.public project.public focus.theme blog.public; do
        grep -q "^$key=" "$DATA_DIR/benchmark.properties" || return 1
    done
}
if ! dataset_complete; then
    echo "== Generating the dataset in $DATA_DIR (minutes; once)"
    java -Xmx1g -cp "$CLASSPATH_TEST" org.apirnet.benchmarks.DatasetGenerator \
        --apirnet.data-dir="$DATA_DIR" --bench.resources="${BENCH_RESOURCES:-100000}" \
        --bench.members="${BENCH_MEMBERS:-5000}" --bench.news="${BENCH_NEWS:-20000}" \
        --bench.projects="${BENCH_PROJECTS:-300}" --bench.blog-posts="${BENCH_BLOG_POSTS:-2000}" --bench.seed="${BENCH_SEED:-42}" \
        --logging.level.root=warn
fi

# A value the generator wrote into benchmark.properties (the member's e-mail and password).
prop() { grep "^$1=" "$DATA_DIR/benchmark.properties" | cut -d= -f2- | sed 's/\\:/:/g'; }

# Signs in at $BASE as $1 (the generated accounts share one password): the login form's CSRF token, then the
# sign-in itself; prints the session id.
sign_in() {
    local jar csrf session
    jar=$(mktemp)
    csrf=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
    curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$1" --data-urlencode "password=$(prop member.password)" \
        --data-urlencode "_csrf=$csrf" "$BASE/login"
    session=$(awk '$6 == "JSESSIONID" {print $7}' "$jar")
    rm -f "$jar"
    [ -n "$session" ] || { echo "Could not sign in as $1" >&2; exit 1; }
    echo "$session"
}
