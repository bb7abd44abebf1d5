# An example of the values a vendor sets; copy it (vendor.pkrvars.hcl) and change them.
# Keep the passwords out of files: export PKR_VAR_password=... PKR_VAR_build_password=...
# CI validates the template with this file, so every path here must exist in the repository.
vcenter_server = "vcsa-build.example.com"
username       = "packer@vsphere.local"
password       = "set-PKR_VAR_password-instead"
datacenter     = "Datacenter"
cluster        = "Build"
datastore      = "datastore1"
network        = "VM Network"
iso_paths      = ["[datastore1] iso/debian-12-amd64-netinst.iso"]
build_password = "set-PKR_VAR_build_password-instead"

descriptor               = "../examples/extension.yaml"
plugin_server            = "../examples/plugin-server"
product_section_template = "../examples/product-section.xml"
slots                    = 15
