/**
 * A local vCenter solution-install endpoint, with fault injection, for demos and tests.
 */
@NullMarked
package dev.solutionagent.simulator;

import org.jspecify.annotations.NullMarked;
