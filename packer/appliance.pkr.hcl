# Builds the vendor's solution-install appliance: a small Debian 12 VM with a headless JRE,
# solution-agent, its configuration and its systemd unit, exported as OVF and prepared by
# "solution-agent prepare-ovf" (vsphere-iso cannot declare vApp properties), then packed
# into an OVA. docs/appliance.md, "Build your appliance", walks through it.
#
# Packer 1.7 and later: packer init . && packer build -var-file=vendor.pkrvars.hcl .
#   (plugins.pkr.hcl pins the vSphere plugin)
# Packer 1.6.6 (Debian's, vSphere built in): packer build -var-file=vendor.pkrvars.hcl appliance.pkr.hcl
#   (it rejects required_plugins, so plugins.pkr.hcl must stay out)

variable "vcenter_server" {
  type        = string
  description = "The vCenter that builds the VM, such as vcsa-build.example.com."
}

variable "username" {
  type        = string
  description = "A vCenter user allowed to create, configure and export VMs."
}

variable "password" {
  type        = string
  sensitive   = true
  description = "That user's password; set PKR_VAR_password rather than writing it in a file."
}

variable "datacenter" {
  type = string
}

variable "cluster" {
  type = string
}

variable "datastore" {
  type = string
}

variable "folder" {
  type    = string
  default = ""
}

variable "network" {
  type        = string
  description = "A port group with DHCP, from which the VM reaches this machine's HTTP server (preseed) and a Debian mirror."
}

variable "iso_paths" {
  type        = list(string)
  description = "The Debian 12 amd64 netinst ISO on a datastore, such as [\"[datastore1] iso/debian-12.7.0-amd64-netinst.iso\"]."
}

variable "vm_name" {
  type        = string
  default     = "solution-agent-appliance"
  description = "The VM's name, and the base name of the .ovf, .mf and .ova files."
}

variable "cpus" {
  type    = number
  default = 2
}

variable "memory_mb" {
  type    = number
  default = 2048
}

variable "disk_size_mb" {
  type    = number
  default = 16384
}

variable "build_username" {
  type        = string
  default     = "build"
  description = "A temporary user the installer creates for Packer's SSH session; its password is locked at the end."
}

variable "build_password" {
  type        = string
  sensitive   = true
  description = "That user's password during the build."
}

variable "agent_jar" {
  type        = string
  default     = ""
  description = "solution-agent.jar; default: target/solution-agent.jar of this repository (mvn -B package)."
}

variable "descriptor" {
  type        = string
  description = "Your plug-in's descriptor (YAML or JSON), installed as /etc/solution-agent/extension.yaml."
}

variable "plugin_server" {
  type        = string
  description = "Your plug-in server's folder: packages (Debian packages, one a line), root/ (files laid over /), install.sh (run last, as root). The example is ../examples/plugin-server."
}

variable "product_section_template" {
  type        = string
  default     = ""
  description = "Your copy of ovf/solution-install-product-section.xml with your own properties; default: the bundled one."
}

variable "slots" {
  type        = number
  default     = 15
  description = "Target vCenter slots to declare in the OVF (one per vCenter of a linked group)."
}

variable "plugin_id" {
  type        = string
  default     = ""
  description = "vmw.vsphereui.solutioninstall.pluginId; default: the descriptor's key."
}

variable "solution_id" {
  type        = string
  default     = ""
  description = "vmw.vsphereui.solutioninstall.solutionId; default: the plug-in ID."
}

locals {
  jar        = var.agent_jar != "" ? var.agent_jar : "${path.root}/../target/solution-agent.jar"
  output_dir = "${path.root}/output"
  ovf        = "${path.root}/output/${var.vm_name}.ovf"
}

source "vsphere-iso" "appliance" {
  vcenter_server = var.vcenter_server
  username       = var.username
  password       = var.password
  # vCenter's certificate is verified: add its CA to this machine's trust store.
  insecure_connection = false
  datacenter          = var.datacenter
  cluster             = var.cluster
  datastore           = var.datastore
  folder              = var.folder

  vm_name              = var.vm_name
  guest_os_type        = "debian12_64Guest"
  firmware             = "efi"
  CPUs                 = var.cpus
  RAM                  = var.memory_mb
  disk_controller_type = ["pvscsi"]
  storage {
    disk_size             = var.disk_size_mb
    disk_thin_provisioned = true
  }
  network_adapters {
    network      = var.network
    network_card = "vmxnet3"
  }
  notes = "solution-agent appliance, built by Packer"

  iso_paths      = var.iso_paths
  http_directory = "${path.root}/http"
  boot_wait      = "5s"
  # GRUB (EFI) of the Debian netinst ISO: install unattended from http/preseed.cfg.
  boot_command = [
    "c<wait>",
    "linux /install.amd/vmlinuz auto=true priority=critical url=http://{{ .HTTPIP }}:{{ .HTTPPort }}/preseed.cfg ",
    "passwd/username=${var.build_username} passwd/user-password=${var.build_password} ",
    "passwd/user-password-again=${var.build_password} --- quiet<enter>",
    "initrd /install.amd/initrd.gz<enter>",
    "boot<enter>",
  ]
  # The guestinfo transport needs no CD-ROM; the exported OVF should not carry one.
  remove_cdrom = true

  communicator = "ssh"
  ssh_username = var.build_username
  ssh_password = var.build_password
  ssh_timeout  = "30m"
  # No shutdown_command: VMware Tools shut the guest down, after the cleanup below has
  # taken the build user's sudo and password away.

  export {
    output_directory = local.output_dir
    force            = true
    manifest         = "sha256"
  }
}

build {
  sources = ["source.vsphere-iso.appliance"]

  provisioner "file" {
    source      = "${path.root}/files/"
    destination = "/tmp/solution-agent-files"
  }

  provisioner "file" {
    source      = local.jar
    destination = "/tmp/solution-agent-files/solution-agent.jar"
    # Built by Maven before the image; it need not exist when the template is validated.
    generated = true
  }

  provisioner "file" {
    source      = var.descriptor
    destination = "/tmp/solution-agent-files/extension.yaml"
  }

  # The plug-in server's folder. No key or certificate goes into the image: each appliance
  # makes its own at first boot (plugin-server-certificate.service).
  provisioner "file" {
    source      = "${var.plugin_server}/"
    destination = "/tmp/solution-agent-files/plugin-server"
  }

  # Packages first (apt), then the rest, which packer/test also runs on its own.
  provisioner "shell" {
    execute_command = "chmod +x '{{ .Path }}'; sudo -E sh -eux '{{ .Path }}'"
    scripts         = ["${path.root}/scripts/packages.sh", "${path.root}/scripts/install.sh"]
  }

  provisioner "shell" {
    execute_command  = "chmod +x '{{ .Path }}'; {{ .Vars }} sudo -E sh -eux '{{ .Path }}'"
    environment_vars = ["BUILD_USERNAME=${var.build_username}"]
    script           = "${path.root}/scripts/cleanup.sh"
  }

  # The exported .ovf gets its ProductSection and transport; then it is packed as an OVA
  # (the descriptor first, then the manifest, then the disks).
  post-processor "shell-local" {
    environment_vars = [
      "SOLUTION_AGENT_JAR=${local.jar}",
      "AGENT_OVF_FILE=${local.ovf}",
      "AGENT_DESCRIPTOR=${var.descriptor}",
      "AGENT_OVF_TEMPLATE=${var.product_section_template}",
      "AGENT_OVF_SLOTS=${var.slots}",
      "AGENT_OVF_PLUGINID=${var.plugin_id}",
      "AGENT_OVF_SOLUTIONID=${var.solution_id}",
      "OUTPUT_DIR=${local.output_dir}",
      "VM_NAME=${var.vm_name}",
    ]
    inline = [
      "java -jar \"$SOLUTION_AGENT_JAR\" prepare-ovf",
      "cd \"$OUTPUT_DIR\" && tar --format=ustar -cf \"$VM_NAME.ova\" \"$VM_NAME.ovf\" \"$VM_NAME.mf\" \"$VM_NAME\"-disk-*.vmdk",
      "echo \"Appliance: $OUTPUT_DIR/$VM_NAME.ova\"",
    ]
  }
}
