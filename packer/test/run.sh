#!/usr/bin/env bash
# The appliance, booted. Builds a Debian 12 root file system with mmdebstrap from this
# machine's apt sources (cached by its package list), installs the agent and the example
# plug-in server into it with packer/scripts/install.sh in a chroot, as Packer does, and
# boots copies of that one image in QEMU: the kernel and initrd of the image, the OVF
# environment on a CD-ROM (ISO transport), and the simulator on this machine's loopback
# as vCenter, the guest's only network (user-mode, restrict=on). Each scenario reads its
# verdict from outside: the serial console, the simulator, the disk image afterwards.
#
#   bash packer/test/run.sh [SCENARIO...]      as root; default: all, in order
#
# Needs target/solution-agent.jar (built here if missing) and installs mmdebstrap, QEMU,
# socat, xorriso, e2fsprogs, jq and curl from Debian when they are missing. Settings:
#   SOLUTION_AGENT_VM_CACHE    where the root file system is cached
#                              (default /var/cache/solution-agent/vm-test)
#   SOLUTION_AGENT_VM_WORK     scratch folder, kept after a failure or with
#                              SOLUTION_AGENT_VM_KEEP=1 (default target/vm-test)
#   SOLUTION_AGENT_VM_ACCEL    kvm or tcg (default: KVM when a probe boot works, else TCG)
#   SOLUTION_AGENT_VM_TIMEOUT  seconds one boot may take (default 600)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
cd "$repo"

scenarios=(first_boot second_boot own_plugin_server token_refused pin_mismatch late_vcenter two_appliances)

log() { printf '%s\n' "$*" >&2; }
note() { printf '    %s\n' "$*"; }
fail() {
	log "    FAILED: $*"
	exit 1
}

if [ "$(id -u)" -ne 0 ]; then
	echo "packer/test: SKIPPED: needs root (chroot, mounts and apt-get install); run it as root, as CI does"
	exit 0
fi

need=()
for tool in mmdebstrap:mmdebstrap qemu-system-x86_64:qemu-system-x86 socat:socat xorriso:xorriso \
	mkfs.ext4:e2fsprogs debugfs:e2fsprogs jq:jq curl:curl openssl:openssl journalctl:systemd; do
	command -v "${tool%%:*}" >/dev/null 2>&1 || need+=("${tool#*:}")
done
if [ ${#need[@]} -gt 0 ]; then
	apt-get update -q
	DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${need[@]}"
fi

# The values CI validates the Packer template with: the example descriptor and plug-in server.
pkrvar() {
	sed -n "s|^$1 *= *\"\\(.*\\)\"|\\1|p" packer/example.pkrvars.hcl
}
descriptor="$repo/packer/$(pkrvar descriptor)"
plugin_server="$repo/packer/$(pkrvar plugin_server)"
jar="$repo/target/solution-agent.jar"
[ -f "$jar" ] || mvn -B -q package -DskipTests
cache="${SOLUTION_AGENT_VM_CACHE:-/var/cache/solution-agent/vm-test}"
work="${SOLUTION_AGENT_VM_WORK:-$repo/target/vm-test}"
vm_timeout="${SOLUTION_AGENT_VM_TIMEOUT:-600}"
# One run at a time: they would share the work folder and the cache.
mkdir -p "$cache"
exec 9>"$cache/lock"
flock -n 9 || fail "another packer/test run holds $cache/lock"
rm -rf "$work"
mkdir -p "$work"

# Simulators that scenarios left running, when the suite ends or is stopped.
stop_simulators() {
	local pids pid
	for pids in "$work"/appliance-*/simulator.pid; do
		[ -f "$pids" ] || continue
		read -r pid _ <"$pids"
		kill -TERM "$pid" 2>/dev/null || true
	done
}
trap stop_simulators EXIT

# shellcheck source=packer/test/image.sh
. "$here/image.sh"
# shellcheck source=packer/test/vm.sh
. "$here/vm.sh"
# shellcheck source=packer/test/scenarios.sh
. "$here/scenarios.sh"

[ $# -eq 0 ] || scenarios=("${@//-/_}")
suite_started=$(date +%s)
started=$suite_started
tarball=$(image_rootfs)
image_build "$tarball"
accel=$(vm_accelerator)
log "image: $work/appliance.img, built in $(($(date +%s) - started)) s; accelerator: $accel"

passed=0
failed=0
for scenario in "${scenarios[@]}"; do
	declare -F "scenario_$scenario" >/dev/null || fail "no scenario '$scenario'; known: ${scenarios[*]}"
	started=$(date +%s)
	# Not in a condition, where bash would ignore set -e inside the subshell.
	set +e
	(
		set -e
		"scenario_$scenario"
	)
	status=$?
	set -e
	if [ "$status" -eq 0 ]; then
		passed=$((passed + 1))
		echo "PASS ${scenario//_/-} ($(($(date +%s) - started)) s)"
	else
		failed=$((failed + 1))
		echo "FAIL ${scenario//_/-} ($(($(date +%s) - started)) s; files in $work)"
	fi
done
stop_simulators
echo "packer/test: $(($(date +%s) - suite_started)) s in all ($accel)"
[ "$failed" -gt 0 ] || [ -n "${SOLUTION_AGENT_VM_KEEP:-}" ] || rm -rf "$work"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
