/**
 * The first-boot job: preflight, delivery and the state it leaves, in that order.
 */
@NullMarked
package dev.solutionagent.registration;

import org.jspecify.annotations.NullMarked;
