#!/usr/bin/env bash
# Measures what a first boot costs: wall time and peak memory (VmHWM) of the built jar for
#   register --dry-run on the bundled example (JVM start, Spring binding, parse, build), and
#   demo (simulator + a real pinned registration).
# Usage: bash src/bench/bench.sh [RUNS]   (after mvn -B -q package -DskipTests)
# Figures are for comparing builds on one machine, not assertions: nothing here fails a build.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
jar=target/solution-agent.jar
[ -f "$jar" ] || { echo "bench: $jar is missing; run mvn -B -q package -DskipTests first" >&2; exit 2; }
# The appliance's launcher, so the figures use the JVM flags that ship (JAVA_OPTS overrides them).
launcher=packer/files/solution-agent

# Runs one command, samples its peak resident set from /proc, prints "millis kib".
measure() {
	local start end peak=0 hwm
	start=$(date +%s%N)
	SOLUTION_AGENT_JAR=$jar sh "$launcher" "$@" >/dev/null 2>&1 &
	local pid=$!
	while kill -0 "$pid" 2>/dev/null; do
		hwm=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
		[ -n "$hwm" ] && [ "$hwm" -gt "$peak" ] && peak=$hwm
		sleep 0.02
	done
	wait "$pid" || { echo "bench: solution-agent $* failed" >&2; exit 1; }
	end=$(date +%s%N)
	echo "$(( (end - start) / 1000000 )) $peak"
}

report() {
	local name=$1; shift
	local samples=()
	for _ in $(seq "$runs"); do samples+=("$(measure "$@")"); done
	printf '%s\n' "${samples[@]}" | awk -v name="$name" -v runs="$runs" '
		{ t += $1; if (min == "" || $1 < min) min = $1; if ($1 > max) max = $1; if ($2 > rss) rss = $2 }
		END { printf "%-16s runs %d  wall mean %d ms (min %d, max %d)  peak RSS %d MiB\n", name, runs, t / runs, min, max, rss / 1024 }'
}

echo "JVM: $(java -version 2>&1 | head -1); flags: ${JAVA_OPTS:-those of the launcher}"
report "dry-run" register --dry-run --ovf-env examples/ovf-env.xml --descriptor examples/extension.yaml \
	--certificate examples/plugin-server.pem --appliance-address 10.0.0.50
report "demo" demo
