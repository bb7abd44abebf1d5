/**
 * What the first boot leaves behind: the result record and the done marker, written
 * atomically and readable by root only.
 */
@NullMarked
package dev.solutionagent.state;

import org.jspecify.annotations.NullMarked;
