/**
 * Log lines that journald understands: sd-daemon priority prefixes when standard error is
 * the journal.
 */
@NullMarked
package dev.solutionagent.logging;

import org.jspecify.annotations.NullMarked;
