# Read by Packer 1.7 and later only (packer init .). Packer 1.6.6, which Debian ships and
# CI validates with, rejects a required_plugins block and has the vSphere builder built
# in: give it appliance.pkr.hcl alone, never this folder.
packer {
  required_version = ">= 1.7.0"
  required_plugins {
    vsphere = {
      source  = "github.com/hashicorp/vsphere"
      version = ">= 1.2.0, < 2.0.0"
    }
  }
}
