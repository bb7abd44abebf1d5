/**
 * The appliance's OVF descriptor: the solution-install ProductSection template and the
 * injector that puts it, and the guestinfo transport, into the .ovf Packer exports.
 */
@NullMarked
package dev.solutionagent.ovf;

import org.jspecify.annotations.NullMarked;
