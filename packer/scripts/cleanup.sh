#!/bin/sh
# Runs as root, last: leaves nothing of this build VM in the image that every appliance
# boots from. Packer then shuts the guest down through VMware Tools.
set -eu

apt-get clean
rm -rf /var/lib/apt/lists/*

# No done-marker or result from a test run: registration happens at the customer's boot.
find /var/lib/solution-agent -mindepth 1 -delete

# Every appliance gets its own machine-id (systemd writes one when the file is empty)...
truncate -s 0 /etc/machine-id
if [ -f /var/lib/dbus/machine-id ] && [ ! -L /var/lib/dbus/machine-id ]; then
	rm -f /var/lib/dbus/machine-id
fi
# ...and its own SSH host keys: sshd refuses to start without them, so make them first.
rm -f /etc/ssh/ssh_host_*
install -d -m 0755 /etc/systemd/system/ssh.service.d
cat > /etc/systemd/system/ssh.service.d/host-keys.conf <<'UNIT'
[Service]
ExecStartPre=
ExecStartPre=/usr/bin/ssh-keygen -A
ExecStartPre=/usr/sbin/sshd -t
UNIT

# The build user keeps no password, key or sudo right.
passwd -l "$BUILD_USERNAME"
rm -rf "/home/$BUILD_USERNAME/.ssh" "/home/$BUILD_USERNAME/.bash_history" /root/.bash_history
rm -f /etc/sudoers.d/packer-build

# Logs and temporary files of the build.
journalctl --rotate
journalctl --vacuum-time=1s
find /var/log -type f -exec truncate -s 0 {} +
rm -rf /tmp/* /var/tmp/*
sync
