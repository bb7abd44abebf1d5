/**
 * What the agent's log may never carry, enforced in logback: secrets from HTTP headers
 * and bodies, and control characters from outside.
 */
@NullMarked
package dev.solutionagent.logging;

import org.jspecify.annotations.NullMarked;
