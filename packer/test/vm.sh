# The simulator and the VM for packer/test (sourced by run.sh). The guest's only network is
# QEMU's user-mode stack with restrict=on: it reaches nothing but 10.0.2.100:443, which
# guest/forward joins to the simulator on this machine's loopback.

# Starts the simulator for a scenario with the given faults; sets sim_pid, sim_port and
# sim_token, and writes the scenario's CD-ROM image (ISO transport) with the OVF
# environment, its endpoint rewritten to the address the guest reaches.
simulator_start() {
	local dir=$1
	shift
	(
		umask 077
		exec 9>&- # not the suite's lock
		exec java -jar "$jar" simulate --port 0 --write-ovf-env "$dir/simulator-ovf-env.xml" \
			--write-certificate "$dir/vcenter.pem" "$@" >"$dir/simulator.log" 2>&1
	) &
	sim_pid=$!
	local waited=0
	until grep -q '^Serving until' "$dir/simulator.log" 2>/dev/null; do
		kill -0 "$sim_pid" 2>/dev/null || fail "the simulator stopped: $(cat "$dir/simulator.log")"
		[ "$waited" -lt 60 ] || fail "the simulator did not start within 60 s"
		sleep 1
		waited=$((waited + 1))
	done
	sim_port=$(sed -n 's|^  endpoint *https://127.0.0.1:\([0-9]*\)/.*|\1|p' "$dir/simulator.log")
	[ -n "$sim_port" ] || fail "no port in $dir/simulator.log"
	sim_token=$(sed -n 's|.*oe:key="solutionInstall.token" oe:value="\([^"]*\)".*|\1|p' "$dir/simulator-ovf-env.xml")
	[ -n "$sim_token" ] || fail "no token in the simulator's OVF environment"
	mkdir -m 0700 "$dir/cdrom"
	(
		umask 077
		sed "s|https://127.0.0.1:$sim_port/|https://10.0.2.100/|" "$dir/simulator-ovf-env.xml" >"$dir/cdrom/ovf-env.xml"
		xorriso -as mkisofs -quiet -r -V OVF_ENV -o "$dir/ovf-env.iso" "$dir/cdrom" 2>"$dir/xorriso.log"
	)
	grep -q 'https://10.0.2.100/api/ui/solutioninstall' "$dir/cdrom/ovf-env.xml" ||
		fail "the OVF environment's endpoint was not rewritten"
}

# Stops the simulator; sets sim_summary to its last line ("N requests, M extensions
# registered, token used|unused").
simulator_stop() {
	local dir=$1 waited=0
	kill -TERM "$sim_pid" 2>/dev/null || true
	wait "$sim_pid" 2>/dev/null || true
	# A child of an earlier scenario's shell, which wait cannot wait for, ends on its own.
	while kill -0 "$sim_pid" 2>/dev/null && [ "$waited" -lt 30 ]; do
		sleep 1
		waited=$((waited + 1))
	done
	sim_summary=$(sed -n 's/^simulator stopped: //p' "$dir/simulator.log")
}

# What the simulator registered, as JSON; TLS verified against the certificate it wrote.
simulator_registrations() {
	local dir=$1
	curl -sS --fail --max-time 20 --cacert "$dir/vcenter.pem" "https://127.0.0.1:$sim_port/simulator/registrations"
}

# KVM when /dev/kvm works, else TCG. On some nested hosts /dev/kvm exists but the guest
# stops at once with "emulation failure": a short probe boot (the kernel alone, which
# panics for want of a root file system and so ends QEMU) tells.
vm_accelerator() {
	if [ -n "${SOLUTION_AGENT_VM_ACCEL:-}" ]; then
		echo "$SOLUTION_AGENT_VM_ACCEL"
		return
	fi
	if [ -w /dev/kvm ]; then
		if timeout 60 qemu-system-x86_64 -accel kvm -cpu host -m 256 -nodefaults -no-user-config -display none \
			-no-reboot -kernel "$work/vmlinuz" -append "console=ttyS0 panic=-1" \
			-serial "file:$work/kvm-probe.log" >"$work/kvm-probe.err" 2>&1 &&
			! grep -qi 'emulation failure' "$work/kvm-probe.err" && grep -q 'Kernel panic' "$work/kvm-probe.log"; then
			echo kvm
			return
		fi
		log "KVM does not run a guest here ($(head -c 200 "$work/kvm-probe.err" | tr '\n' ' ')); using TCG"
	fi
	echo tcg
}

# Boots DISK with the scenario's CD-ROM until the guest powers itself off, and cuts the
# verdict out of the serial console. Sets vm_seconds.
vm_boot() {
	local dir=$1 disk=$2 name=$3 cpu started
	# (max,svm=off,vmx=off was tried, to spare the guest loading kvm modules: its mounts then
	# failed with EINVAL, its machine-id could not be written, nothing worked.)
	[ "$accel" = kvm ] && cpu=host || cpu=max
	mkdir -p "$dir/forward"
	: >"$dir/forward/connections"
	started=$(date +%s)
	echo "$started" >"$dir/powered-on"
	timeout "$vm_timeout" qemu-system-x86_64 -accel "$accel" -cpu "$cpu" -smp 2 -m 1536 \
		-nodefaults -no-user-config -display none -no-reboot -rtc base=utc \
		-kernel "$work/vmlinuz" -initrd "$work/initrd.img" \
		-append "root=/dev/vda rw console=ttyS0 net.ifnames=0 panic=-1" \
		-drive "file=$disk,format=raw,if=virtio" \
		-drive "file=$dir/ovf-env.iso,format=raw,media=cdrom,if=ide,readonly=on" \
		-netdev "user,id=net0,restrict=on,guestfwd=tcp:10.0.2.100:443-cmd:$here/guest/forward $dir/forward" \
		-device virtio-net-pci,netdev=net0 -device virtio-rng-pci \
		-serial "file:$dir/serial-$name.log" >"$dir/qemu-$name.log" 2>&1 9>&- ||
		fail "QEMU failed or timed out after $vm_timeout s: $(tail -n 5 "$dir/qemu-$name.log") (serial: $dir/serial-$name.log)"
	vm_seconds=$(($(date +%s) - started))
	sed -n '/^=== VERDICT BEGIN/,/^=== VERDICT END/p' "$dir/serial-$name.log" | tr -d '\r' >"$dir/verdict-$name.txt"
	grep -q '^=== VERDICT END' "$dir/verdict-$name.txt" ||
		fail "no verdict on the serial console (see $dir/serial-$name.log)"
}

# A property of a unit from the verdict, such as "verdict_unit a solution-agent ExecMainStatus".
verdict_unit() {
	sed -n "/^--- unit $2\$/,/^---/p" "$1" | sed -n "s/^$3=//p" | head -n 1
}

# A section of the verdict, such as "verdict_section FILE 'journal solution-agent'".
verdict_section() {
	sed -n "/^--- $2\$/,/^---/p" "$1" | sed -e '1d' -e '/^---/d' -e '/^=== VERDICT END/d'
}

# A file from the disk image, read with debugfs (nothing is mounted).
disk_cat() {
	debugfs -R "cat $2" "$1" 2>/dev/null
}

disk_has() {
	debugfs -R "stat $2" "$1" 2>&1 | grep -q '^Inode:'
}

# The permission bits of a file on the disk image, such as 0600.
disk_mode() {
	debugfs -R "stat $2" "$1" 2>/dev/null | sed -n 's/.*Mode: *\([0-7]*\).*/\1/p' | head -n 1
}

# The token must appear nowhere: not on the serial console (which shows the journal) and
# not in the guest's journal files, read raw and through journalctl.
token_absent() {
	local dir=$1 disk=$2 journal="$1/journal-$3"
	rm -rf "$journal"
	mkdir -p "$journal"
	debugfs -R "rdump /var/log/journal $journal" "$disk" >/dev/null 2>&1
	[ -n "$(find "$journal" -name '*.journal' | head -n 1)" ] || fail "no journal files on $disk"
	! grep -rqF -- "$sim_token" "$dir"/serial-*.log "$journal" || fail "the token is in the serial console or the journal files"
	! journalctl -D "$journal" -o export 2>/dev/null | grep -qF -- "$sim_token" || fail "the token is in the journal"
}
