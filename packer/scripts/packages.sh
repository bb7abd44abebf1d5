#!/bin/sh
# Runs as root on the build VM, before install.sh: installs the Debian packages that
# files/packages (solution-agent's) and the plug-in server folder's "packages" file list,
# without their recommendations. Kept apart from install.sh so that packer/test, whose
# root file system already holds them, runs the same install.sh without apt.
set -eu
files=/tmp/solution-agent-files

# One package a line; "#" starts a comment.
packages=$(cat "$files/packages" "$files/plugin-server/packages" 2>/dev/null | sed -e 's/#.*//' | tr -s ' \t\n' ' ')

export DEBIAN_FRONTEND=noninteractive
apt-get update
# The list is split into words on purpose.
# shellcheck disable=SC2086
apt-get install -y --no-install-recommends $packages
