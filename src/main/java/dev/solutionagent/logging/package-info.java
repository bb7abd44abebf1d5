/**
 * Logback pieces: what the agent's log may never carry (secrets from HTTP headers and
 * bodies, control characters from outside), and lines that journald understands
 * (sd-daemon priority prefixes when standard error is the journal).
 */
@NullMarked
package dev.solutionagent.logging;

import org.jspecify.annotations.NullMarked;
