# Runs as root in the image, after the files of root/ are in place (packer/scripts/install.sh).
# nginx serves only the plug-in: Debian's default site on port 80 goes.
rm -f /etc/nginx/sites-enabled/default
systemctl enable nginx.service
