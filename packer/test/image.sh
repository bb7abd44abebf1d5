# The appliance's disk for packer/test (sourced by run.sh): a Debian root file system made
# by mmdebstrap from this machine's own apt sources and cached by its package list, then
# the agent installed in a chroot by packer/scripts/install.sh, as Packer installs it, and
# an ext4 image made of it without mounting anything.

# The packages of the appliance (packer/files/packages and the plug-in server's), plus what
# the Debian installer gives the Packer-built VM: a kernel, systemd as init, udev, and
# ifupdown with a DHCP client.
image_packages() {
	{
		sed -e 's/#.*//' "$repo/packer/files/packages" "$plugin_server/packages"
		echo linux-image-amd64 systemd-sysv udev kmod ifupdown isc-dhcp-client
	} | tr -s ' \t' '\n\n' | sed -e '/^$/d' | sort -u
}

# The Debian entries of this machine's apt sources for SUITE, SUITE-updates and
# SUITE-security, in deb822 form: mmdebstrap reads them from the file, so no mirror is
# named here.
image_sources() {
	local suite=$1 file
	for file in /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
		[ -f "$file" ] || continue
		case "$file" in
		*.sources)
			awk -v suite="$suite" '
				function flush() {
					if (keep != "" && !disabled) { print stanza "Suites:" keep "\n" }
					stanza = ""; keep = ""; disabled = 0
				}
				/^[[:space:]]*$/ { flush(); next }
				/^[[:space:]]*#/ { next }
				tolower($1) == "enabled:" && tolower($2) == "no" { disabled = 1; next }
				tolower($1) == "suites:" {
					for (i = 2; i <= NF; i++) {
						if ($i == suite || $i == suite "-updates" || $i == suite "-security") { keep = keep " " $i }
					}
					next
				}
				{ stanza = stanza $0 "\n" }
				END { flush() }' "$file"
			;;
		*)
			awk -v suite="$suite" '
				$1 == "deb" {
					i = 2
					if ($2 ~ /^\[/) { while (i <= NF && $i !~ /\]$/) i++; i++ }
					s = $(i + 1)
					if (s == suite || s == suite "-updates" || s == suite "-security") {
						printf "Types: deb\nURIs: %s\nSuites: %s\nComponents:", $i, s
						for (j = i + 2; j <= NF; j++) printf " %s", $j
						printf "\n\n"
					}
				}' "$file"
			;;
		esac
	done
}

# Prints the cached root file system tarball, building it first when the package list
# changed or it is older than 30 days (security updates).
image_rootfs() {
	local suite packages key tarball sources
	suite=$(. /etc/os-release && echo "$VERSION_CODENAME")
	[ "$suite" = bookworm ] || log "note: this machine is Debian $suite; the appliance is Debian 12 (bookworm)"
	suite=bookworm
	packages=$(image_packages)
	key=$(printf '%s\n%s\n' "$suite" "$packages" | sha256sum | cut -c 1-16)
	tarball="$cache/rootfs-$suite-$key.tar"
	if [ -s "$tarball" ] && [ -z "$(find "$tarball" -mtime +30)" ]; then
		log "root file system: $tarball (cached)"
		echo "$tarball"
		return
	fi
	mkdir -p "$cache"
	find "$cache" -maxdepth 1 -name 'rootfs-*.tar*' -delete
	find "$cache/debs" -name '*.deb' -mtime +60 -delete 2>/dev/null || true
	sources="$work/apt.sources"
	image_sources "$suite" >"$sources"
	[ -s "$sources" ] || fail "no apt source for Debian $suite in /etc/apt: mmdebstrap has nowhere to get packages from"
	log "root file system: building $tarball with mmdebstrap (once; several minutes)"
	# The packages downloaded for an earlier list are kept in $cache/debs and used again.
	mkdir -p "$cache/debs"
	mmdebstrap --variant=required --format=tar --aptopt='APT::Install-Recommends "false"' \
		--dpkgopt=force-unsafe-io --dpkgopt='path-exclude=/usr/share/doc/*' \
		--dpkgopt='path-exclude=/usr/share/locale/*' --skip=essential/unlink \
		--setup-hook='mkdir -p "$1/var/cache/apt/archives"' \
		--setup-hook="sync-in '$cache/debs' /var/cache/apt/archives" \
		--customize-hook="sync-out /var/cache/apt/archives '$cache/debs'" \
		--include="$(echo "$packages" | paste -sd, -)" "$suite" "$tarball.partial" "$sources" \
		>"$work/mmdebstrap.log" 2>&1 || {
		tail -n 30 "$work/mmdebstrap.log" >&2
		fail "mmdebstrap failed (log: $work/mmdebstrap.log)"
	}
	mv "$tarball.partial" "$tarball"
	echo "$tarball"
}

# What the Debian installer and Packer's build VM have that the bare root file system
# lacks; none of it is part of what install.sh installs.
image_base_configuration() {
	local root=$1
	echo appliance >"$root/etc/hostname"
	printf '127.0.0.1\tlocalhost\n127.0.1.1\tappliance.localdomain appliance\n' >"$root/etc/hosts"
	printf '/dev/vda\t/\text4\terrors=remount-ro\t0\t0\n' >"$root/etc/fstab"
	# As the installer writes it for the VM's one adapter (net.ifnames=0 names it eth0).
	printf 'auto lo\niface lo inet loopback\n\nallow-hotplug eth0\niface eth0 inet dhcp\n' \
		>"$root/etc/network/interfaces"
	# As packer/scripts/cleanup.sh leaves it: systemd makes a machine-id at first boot.
	: >"$root/etc/machine-id"
	mkdir -p "$root/var/log/journal"
	# The test's reporter, which prints on the serial console and powers off. No login
	# prompt there: agetty hangs the console up when it starts, cutting the report short.
	ln -sf /dev/null "$root/etc/systemd/system/serial-getty@ttyS0.service"
	install -m 0755 "$here/guest/vm-test-verdict" "$root/usr/local/sbin/vm-test-verdict"
	install -m 0644 "$here/guest/vm-test-verdict.service" "$root/etc/systemd/system/vm-test-verdict.service"
	chroot "$root" systemctl enable vm-test-verdict.service >/dev/null 2>&1
}

# What Packer's file provisioners upload to /tmp/solution-agent-files.
image_stage_files() {
	local root=$1 files="$1/tmp/solution-agent-files"
	mkdir -p "$files/plugin-server"
	cp -R "$repo/packer/files/." "$files/"
	cp "$jar" "$files/solution-agent.jar"
	cp "$descriptor" "$files/extension.yaml"
	cp -R "$plugin_server/." "$files/plugin-server/"
	cp "$repo/packer/scripts/install.sh" "$root/tmp/install.sh"
}

# Runs install.sh in the root file system as Packer runs it (sh -eux, as root), with
# /proc, /sys and /dev of this machine.
image_install() {
	local root=$1 status=0
	mount -t proc proc "$root/proc"
	mount --rbind /sys "$root/sys"
	mount --rbind /dev "$root/dev"
	chroot "$root" sh -eux /tmp/install.sh >"$work/install.log" 2>&1 || status=$?
	umount -R "$root/dev" "$root/sys" "$root/proc"
	rm -f "$root/tmp/install.sh"
	[ "$status" -eq 0 ] || {
		tail -n 30 "$work/install.log" >&2
		fail "packer/scripts/install.sh failed in the chroot (log: $work/install.log)"
	}
}

# Builds $work/appliance.img (ext4, 3 GiB sparse) and copies the kernel and initrd out.
image_build() {
	local tarball=$1 root="$work/rootfs"
	rm -rf "$root"
	mkdir -p "$root"
	tar -xpf "$tarball" -C "$root" --numeric-owner
	image_base_configuration "$root"
	image_stage_files "$root"
	image_install "$root"
	# The image ships no private key: the plug-in server's is made at each first boot.
	if grep -rlE -- '-----BEGIN ([A-Z]+ )?PRIVATE KEY-----' "$root/etc" "$root/opt" "$root/srv" "$root/var" \
		>"$work/private-keys.txt" 2>/dev/null; then
		fail "the image holds a private key: $(paste -sd ' ' "$work/private-keys.txt")"
	fi
	cp "$(ls "$root"/boot/vmlinuz-* | tail -n 1)" "$work/vmlinuz"
	cp "$(ls "$root"/boot/initrd.img-* | tail -n 1)" "$work/initrd.img"
	mkfs.ext4 -q -F -L appliance -d "$root" "$work/appliance.img" 3G >"$work/mkfs.log" 2>&1 ||
		fail "mkfs.ext4 failed: $(tail -n 5 "$work/mkfs.log")"
	rm -rf "$root"
}
