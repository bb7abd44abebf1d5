#!/bin/sh
# Runs as root on the build VM (packer/appliance.pkr.hcl): installs the JRE, VMware Tools,
# solution-agent, its configuration and its unit, in the layout README describes.
set -eu
files=/tmp/solution-agent-files

export DEBIAN_FRONTEND=noninteractive
apt-get update
# open-vm-tools provides vmware-rpctool, which reads guestinfo.ovfEnv.
apt-get install -y --no-install-recommends openjdk-17-jre-headless open-vm-tools ca-certificates

# /opt/solution-agent: the jar extracted (solution-agent.jar and lib/: plain jars start
# quicker than nested ones and can be put in a class-data archive), and the launcher.
install -d -m 0755 /opt/solution-agent
java -Djarmode=tools -jar "$files/solution-agent.jar" extract --destination /opt/solution-agent
install -d -m 0755 /opt/solution-agent/bin
install -m 0755 "$files/solution-agent" /opt/solution-agent/bin/solution-agent
ln -sf /opt/solution-agent/bin/solution-agent /usr/local/bin/solution-agent

# /etc/solution-agent: settings, descriptor and the plug-in server's certificate.
install -d -m 0750 /etc/solution-agent
install -m 0640 "$files/application.yml" /etc/solution-agent/application.yml
install -m 0640 "$files/extension.yaml" /etc/solution-agent/extension.yaml
install -m 0644 "$files/plugin-server.pem" /etc/solution-agent/plugin-server.pem

# /var/lib/solution-agent: state, empty in the image (no done-marker).
install -d -m 0700 /var/lib/solution-agent

install -m 0644 "$files/solution-agent.service" /etc/systemd/system/solution-agent.service
systemctl daemon-reload
systemctl enable solution-agent.service

# Fail the build now rather than at a customer's first boot: the descriptor must be valid
# with this image's settings and certificate (the OVF environment only comes at deployment).
/opt/solution-agent/bin/solution-agent validate

# The class-data archive that makes every start quicker (see the launcher): the classes a
# training run loaded, here demo (the simulator and a pinned registration on loopback, so
# no vCenter; its state stays in a temporary folder). Written under another name and
# renamed only after the run succeeded, since the JVM crashes on a truncated archive.
SOLUTION_AGENT_CDS_TRAINING=/opt/solution-agent/solution-agent.jsa.new /opt/solution-agent/bin/solution-agent demo >/dev/null
mv /opt/solution-agent/solution-agent.jsa.new /opt/solution-agent/solution-agent.jsa

rm -rf "$files"
