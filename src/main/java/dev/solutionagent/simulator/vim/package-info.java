/**
 * A local vim25 SOAP endpoint with a strict ExtensionManager, for demos and tests of the
 * extension commands.
 */
@NullMarked
package dev.solutionagent.simulator.vim;

import org.jspecify.annotations.NullMarked;
