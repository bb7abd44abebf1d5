/**
 * The OVF environment: its transports, a hardened parser, and the typed solution-install
 * context that vCenter injects.
 */
@NullMarked
package dev.solutionagent.environment;

import org.jspecify.annotations.NullMarked;
