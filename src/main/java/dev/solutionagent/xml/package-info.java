/**
 * Hardened XML parsing and serializing shared by the OVF environment reader, the
 * guestinfo scrubber and the OVF descriptor injector.
 */
@NullMarked
package dev.solutionagent.xml;

import org.jspecify.annotations.NullMarked;
