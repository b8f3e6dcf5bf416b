#!/usr/bin/env bash
# Fault drill against the packaged portal: an SMTP server that goes away, kill -9 while mail is being sent and while
# 40 MB uploads are on their way to their commit, and the embedded PostgreSQL killed under load. Prints, per fault,
# mails lost and duplicated, orphaned files, and seconds of unavailability, and exits non-zero if a target is missed.
# See README "Fault drill". Takes about 5 minutes; uses a fresh data directory under target/fault-drill.
#
#   bench/faults.sh
#   DRILL_MAIL_OUTAGE=PT99S DRILL_CRASHES=5 bench/faults.sh
#
# Settings (environment): DRILL_MAIL_OUTAGE (PT60S), DRILL_CRASHES (3), DRILL_PORT (18090), DRILL_SKIP_BUILD=1 to use
# the jar and test classes already in target/.
set -euo pipefail
cd "$(dirname "$0")/.."

export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export PATH="$JAVA_HOME/bin:$PATH"

if [ "${DRILL_SKIP_BUILD:-}" != 1 ]; then
    echo "== Building the jar and the test classes"
    ./mvnw -q -B -ntp -DskipTests package
    ./mvnw -q -B -ntp dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
fi
JAR=$(ls target/apirnet-portal-*.jar | grep -v '\.original$' | head -1)

java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" org.apirnet.benchmarks.FaultDrill \
    --jar="$JAR" --work=target/fault-drill --port="${DRILL_PORT:-18090}" \
    --mail-outage="${DRILL_MAIL_OUTAGE:-PT60S}" --crashes="${DRILL_CRASHES:-3}"
