/**
 * Certificate thumbprints and the pinning trust that checks them.
 */
@NullMarked
package dev.solutionagent.tls;

import org.jspecify.annotations.NullMarked;
