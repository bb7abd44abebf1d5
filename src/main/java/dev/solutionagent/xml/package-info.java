/**
 * Hardened, bounded XML parsing and serializing shared by the OVF environment reader, the
 * guestinfo scrubber, vim25 answers and requests, and the OVF descriptor injector.
 */
@NullMarked
package dev.solutionagent.xml;

import org.jspecify.annotations.NullMarked;
