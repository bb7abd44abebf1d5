#!/bin/sh
# Runs as root on the build VM (packer/appliance.pkr.hcl) after packages.sh: installs
# solution-agent, its configuration, its unit, the unit that makes the plug-in server's
# own certificate at first boot, and the vendor's plug-in server, in the layout
# docs/appliance.md describes. packer/test runs it too, in a chroot, on a root file
# system that already holds the packages.
set -eu
files=/tmp/solution-agent-files

# /opt/solution-agent: the jar extracted (solution-agent.jar and lib/: plain jars start
# quicker than nested ones and can be put in a class-data archive), and the launcher.
install -d -m 0755 /opt/solution-agent
java -Djarmode=tools -jar "$files/solution-agent.jar" extract --destination /opt/solution-agent
install -d -m 0755 /opt/solution-agent/bin
install -m 0755 "$files/solution-agent" /opt/solution-agent/bin/solution-agent
install -m 0755 "$files/plugin-server-certificate" /opt/solution-agent/bin/plugin-server-certificate
ln -sf /opt/solution-agent/bin/solution-agent /usr/local/bin/solution-agent

# /etc/solution-agent: settings and descriptor. No key or certificate: each appliance
# makes its own at first boot (plugin-server-certificate.service).
install -d -m 0750 /etc/solution-agent
install -m 0640 "$files/application.yml" /etc/solution-agent/application.yml
install -m 0640 "$files/extension.yaml" /etc/solution-agent/extension.yaml

# /var/lib/solution-agent: state, empty in the image (no done-marker).
install -d -m 0700 /var/lib/solution-agent

install -m 0644 "$files/solution-agent.service" /etc/systemd/system/solution-agent.service
install -m 0644 "$files/plugin-server-certificate.service" /etc/systemd/system/plugin-server-certificate.service
# Reloaded where systemd runs (the build VM), not in packer/test's chroot.
if [ -d /run/systemd/system ]; then
	systemctl daemon-reload
fi
systemctl enable solution-agent.service plugin-server-certificate.service
# Both wait for network-online.target, which waits for the network only when a wait-online
# service is enabled; Debian 12 ships ifupdown's disabled. Even enabled, it may end before
# an allow-hotplug interface (as the installer writes it) has its DHCP lease, so
# plugin-server-certificate also waits for an address (the VM test saw both).
for dir in /usr/lib/systemd/system /lib/systemd/system; do
	if [ -f "$dir/ifupdown-wait-online.service" ]; then
		systemctl enable ifupdown-wait-online.service
		break
	fi
done

# The vendor's plug-in server (the plugin_server folder; packages.sh installed its
# packages): its files over the root file system, owned by root, then its install.sh.
server="$files/plugin-server"
if [ -d "$server/root" ]; then
	cp -R --no-preserve=ownership "$server/root/." /
fi
if [ -f "$server/install.sh" ]; then
	sh -eu "$server/install.sh"
fi

# Fail the build now rather than at a customer's first boot: the descriptor must be valid
# with this image's settings (the OVF environment only comes at deployment). A throwaway
# certificate stands in for the one each appliance makes.
scratch=$(mktemp -d)
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 1 -subj /CN=build \
	-keyout "$scratch/key" -out "$scratch/certificate.pem" 2>/dev/null
/opt/solution-agent/bin/solution-agent validate --certificate "$scratch/certificate.pem"
rm -rf "$scratch"

# The class-data archive that makes every start quicker (see the launcher): the classes a
# training run loaded, here demo (the simulator and a pinned registration on loopback, so
# no vCenter; its state stays in a temporary folder). Written under another name and
# renamed only after the run succeeded, since the JVM crashes on a truncated archive.
SOLUTION_AGENT_CDS_TRAINING=/opt/solution-agent/solution-agent.jsa.new /opt/solution-agent/bin/solution-agent demo >/dev/null
mv /opt/solution-agent/solution-agent.jsa.new /opt/solution-agent/solution-agent.jsa

rm -rf "$files"
