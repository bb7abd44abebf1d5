#!/bin/sh
# Runs as root on the build VM (packer/appliance.pkr.hcl): installs the JRE, VMware Tools,
# solution-agent, its configuration and its unit, in the layout README describes.
set -eu
files=/tmp/solution-agent-files

export DEBIAN_FRONTEND=noninteractive
apt-get update
# open-vm-tools provides vmware-rpctool, which reads guestinfo.ovfEnv.
apt-get install -y --no-install-recommends openjdk-17-jre-headless open-vm-tools ca-certificates

# /opt/solution-agent: the jar and the launcher with the JVM flags.
install -d -m 0755 /opt/solution-agent /opt/solution-agent/bin
install -m 0644 "$files/solution-agent.jar" /opt/solution-agent/solution-agent.jar
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

rm -rf "$files"
