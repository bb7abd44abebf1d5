# The scenarios of packer/test (sourced by run.sh). Each runs in a subshell of its own;
# fail ends it. Appliance "a" boots twice, "b", "c" and "d" once, all from one image.

expect() {
	[ "$2" = "$3" ] || fail "$1 is '$2', expected '$3'"
}

expect_match() {
	printf '%s\n' "$2" | grep -qE -- "$3" || fail "$1 does not match /$3/: $(printf '%s' "$2" | head -c 600)"
}

# A fresh disk from the image and a simulator with the given faults.
appliance() {
	local dir="$work/appliance-$1"
	shift
	rm -rf "$dir"
	mkdir -m 0700 -p "$dir"
	cp --sparse=always "$work/appliance.img" "$dir/disk.img"
	simulator_start "$dir" "$@"
	echo "$sim_pid $sim_port" >"$dir/simulator.pid"
	# guest/forward joins the guest's connections to this port.
	mkdir -p "$dir/forward"
	echo "$sim_port" >"$dir/forward/port"
}

# The simulator of an appliance started by an earlier scenario.
simulator_of() {
	read -r sim_pid sim_port <"$1/simulator.pid"
	sim_token=$(sed -n 's|.*oe:key="solutionInstall.token" oe:value="\([^"]*\)".*|\1|p' "$1/cdrom/ovf-env.xml")
}

expect_unit() {
	local verdict=$1 unit=$2 active=$3 sub=$4 status=$5
	expect "$unit ActiveState" "$(verdict_unit "$verdict" "$unit" ActiveState)" "$active"
	expect "$unit SubState" "$(verdict_unit "$verdict" "$unit" SubState)" "$sub"
	expect "$unit ExecMainStatus" "$(verdict_unit "$verdict" "$unit" ExecMainStatus)" "$status"
	expect "$unit NRestarts" "$(verdict_unit "$verdict" "$unit" NRestarts)" 0
}

# The unit's own run time, from the monotonic timestamps systemd keeps.
unit_seconds() {
	local start exit
	start=$(verdict_unit "$1" solution-agent ExecMainStartTimestampMonotonic)
	exit=$(verdict_unit "$1" solution-agent ExecMainExitTimestampMonotonic)
	echo "$(((exit - start) / 1000000))"
}

# The agent read the OVF environment from the CD-ROM: guestinfo gave nothing, as on any
# hypervisor that is not VMware.
expect_iso_transport() {
	expect_match "the journal" "$(verdict_section "$1" 'journal solution-agent')" \
		'OVF environment from ISO transport \(ovf-env.xml on iso9660 on /dev/sr0\)'
}

# One boot of a fresh appliance that must fail: appliance LETTER, the simulator's fault,
# then the exit code, result.json's outcome and the simulator's summary (a pattern). The
# run's exit code is final (not restarted), the agent's last line is an error line that
# journalctl -p warning shows, result.json says why, and there is no done marker.
boot_failing() {
	local dir="$work/appliance-$1" verdict last
	appliance "$1" "$2"
	vm_boot "$dir" "$dir/disk.img" first
	verdict="$dir/verdict-first.txt"
	simulator_stop "$dir"
	expect_unit "$verdict" solution-agent failed failed "$3"
	last=$(verdict_section "$verdict" 'last line of solution-agent')
	expect_match "the agent's last line" "$last" '^solution-agent: '
	expect "the agent's last error-level line" "$(verdict_section "$verdict" 'last error line of solution-agent')" "$last"
	expect_match "journalctl -p warning -u solution-agent" \
		"$(verdict_section "$verdict" 'journal -p warning solution-agent')" "solution-agent\[[0-9]+\]: solution-agent: "
	! verdict_section "$verdict" 'journal -p warning solution-agent' | grep -q 'INFO ' ||
		fail "journalctl -p warning shows the agent's info lines"
	expect "result.json outcome" "$(disk_cat "$dir/disk.img" /var/lib/solution-agent/result.json | jq -r .outcome)" "$4"
	! disk_has "$dir/disk.img" /var/lib/solution-agent/done || fail "the done marker exists"
	expect_match "the simulator's summary" "$sim_summary" "$5"
	token_absent "$dir" "$dir/disk.img" first
}

# The SHA-256 thumbprint of the plug-in server certificate on a disk, as serverThumbprint
# spells it.
disk_thumbprint() {
	disk_cat "$1" /etc/solution-agent/plugin-server.pem | openssl x509 -noout -fingerprint -sha256 | sed 's/^.*=//'
}

scenario_first_boot() {
	local dir="$work/appliance-a" verdict registrations registered_at
	appliance a
	vm_boot "$dir" "$dir/disk.img" first
	verdict="$dir/verdict-first.txt"
	expect_unit "$verdict" solution-agent active exited 0
	expect_match "systemctl status" "$(verdict_section "$verdict" 'status solution-agent')" 'Active: active \(exited\)'
	expect_iso_transport "$verdict"
	# journald stamps each line; the agent's own date would be a second one.
	! verdict_section "$verdict" 'journal solution-agent' | grep -qE 'solution-agent\[[0-9]+\]: [0-9]{4}-[0-9]{2}-' ||
		fail "the agent's journal lines carry a date of their own"
	registrations=$(simulator_registrations "$dir")
	echo "$registrations" >"$dir/registrations.json"
	expect "token used" "$(echo "$registrations" | jq .tokenUsed)" true
	expect "registrations" "$(echo "$registrations" | jq '.registrations | length')" 2
	expect "result.json outcome" "$(disk_cat "$dir/disk.img" /var/lib/solution-agent/result.json | jq -r .outcome)" registered
	disk_has "$dir/disk.img" /var/lib/solution-agent/done || fail "no done marker"
	token_absent "$dir" "$dir/disk.img" first
	registered_at=$(date -d "$(echo "$registrations" | jq -r '.registrations[0].registeredAt')" +%s)
	note "registered $((registered_at - $(cat "$dir/powered-on"))) s after power-on; the unit ran $(unit_seconds "$verdict") s"
}

scenario_second_boot() {
	local dir="$work/appliance-a" verdict before
	simulator_of "$dir"
	before=$(simulator_registrations "$dir")
	vm_boot "$dir" "$dir/disk.img" second
	verdict="$dir/verdict-second.txt"
	# Skipped by ConditionPathExists=!/var/lib/solution-agent/done: never started.
	expect "solution-agent ConditionResult" "$(verdict_unit "$verdict" solution-agent ConditionResult)" no
	expect "solution-agent ActiveState" "$(verdict_unit "$verdict" solution-agent ActiveState)" inactive
	expect "solution-agent ExecMainStartTimestampMonotonic" \
		"$(verdict_unit "$verdict" solution-agent ExecMainStartTimestampMonotonic)" 0
	expect "plugin-server-certificate ConditionResult" \
		"$(verdict_unit "$verdict" plugin-server-certificate ConditionResult)" no
	expect "connections to vCenter during the second boot" "$(wc -l <"$dir/forward/connections")" 0
	expect "registrations" "$(simulator_registrations "$dir")" "$before"
	simulator_stop "$dir"
	expect_match "the simulator's summary" "$sim_summary" ', 2 extensions registered, token used$'
	token_absent "$dir" "$dir/disk.img" second
}

scenario_own_plugin_server() {
	local dir="$work/appliance-a" disk="$work/appliance-a/disk.img" thumbprint san
	[ -s "$dir/registrations.json" ] || fail "needs first-boot"
	thumbprint=$(disk_thumbprint "$disk")
	expect "key mode" "$(disk_mode "$disk" /etc/solution-agent/plugin-server.key)" 0600
	san=$(disk_cat "$disk" /etc/solution-agent/plugin-server.pem | openssl x509 -noout -ext subjectAltName)
	expect_match "the certificate's names" "$san" 'DNS:appliance, DNS:appliance.localdomain, IP Address:10.0.2.15'
	# What vCenter got: the appliance's own manifest URL and its own certificate's thumbprint.
	expect "registered serverThumbprint" \
		"$(jq -r '[.registrations[].extension.server[0].serverThumbprint] | unique | join(" ")' "$dir/registrations.json")" \
		"$thumbprint"
	expect "registered client url" \
		"$(jq -r '[.registrations[].extension.client[0].url] | unique | join(" ")' "$dir/registrations.json")" \
		https://10.0.2.15/example/plugin.json
	# The preflight fetched it from the appliance's nginx, not from the simulator.
	expect_match "nginx's access log" "$(disk_cat "$disk" /var/log/nginx/access.log)" \
		'^10\.0\.2\.15 .*"GET /example/plugin\.json HTTP/1\.1" 200 '
	note "serverThumbprint $thumbprint"
}

scenario_token_refused() {
	boot_failing b --expire-token 4 token_refused '^1 requests, 0 extensions registered'
}

scenario_pin_mismatch() {
	boot_failing c --other-vcenter-certificate 60 tls '^0 requests, 0 extensions registered, token unused'
	# The preflight passed against the appliance's own server; the POST's pin failed.
	expect_match "nginx's access log" "$(disk_cat "$work/appliance-c/disk.img" /var/log/nginx/access.log)" \
		'"GET /example/plugin\.json HTTP/1\.1" 200 '
}

# vCenter answers only from a minute after power-on, and not before the agent has been
# turned away at least once: the agent retries inside the token window.
scenario_late_vcenter() {
	local dir="$work/appliance-d" verdict opener registrations attempts
	appliance d
	rm "$dir/forward/port"
	(
		exec 9>&- # not the suite's lock
		powered_on=$(($(date +%s) + 5))
		give_up=$(($(date +%s) + vm_timeout))
		while [ ! -s "$dir/forward/connections" ] || [ "$(date +%s)" -lt "$((powered_on + 60))" ]; do
			[ "$(date +%s)" -lt "$give_up" ] || exit 0
			[ -f "$dir/powered-on" ] && powered_on=$(cat "$dir/powered-on")
			sleep 1
		done
		echo "$sim_port" >"$dir/forward/port"
		echo "$(($(date +%s) - powered_on))" >"$dir/reachable-after"
	) &
	opener=$!
	vm_boot "$dir" "$dir/disk.img" first
	kill "$opener" 2>/dev/null || true
	verdict="$dir/verdict-first.txt"
	[ -s "$dir/reachable-after" ] || fail "the guest never tried to reach vCenter"
	expect_unit "$verdict" solution-agent active exited 0
	registrations=$(simulator_registrations "$dir")
	echo "$registrations" >"$dir/registrations.json"
	expect "registrations" "$(echo "$registrations" | jq '.registrations | length')" 2
	attempts=$(disk_cat "$dir/disk.img" /var/lib/solution-agent/result.json | jq .attempts)
	[ "$attempts" -gt 1 ] || fail "registered in $attempts attempt; expected retries"
	simulator_stop "$dir"
	token_absent "$dir" "$dir/disk.img" first
	note "vCenter reachable $(cat "$dir/reachable-after") s after power-on; $(wc -l <"$dir/forward/connections") connections, $attempts attempts, registered"
}

scenario_two_appliances() {
	local a b
	[ -s "$work/appliance-a/registrations.json" ] && [ -s "$work/appliance-d/registrations.json" ] ||
		fail "needs first-boot and late-vcenter"
	a=$(disk_thumbprint "$work/appliance-a/disk.img")
	b=$(disk_thumbprint "$work/appliance-d/disk.img")
	[ "$a" != "$b" ] || fail "both appliances have the certificate $a"
	expect "appliance a's registered serverThumbprint" \
		"$(jq -r '.registrations[0].extension.server[0].serverThumbprint' "$work/appliance-a/registrations.json")" "$a"
	expect "appliance d's registered serverThumbprint" \
		"$(jq -r '.registrations[0].extension.server[0].serverThumbprint' "$work/appliance-d/registrations.json")" "$b"
	note "a $a"
	note "d $b"
}
