/**
 * solution-agent: registers a vSphere Client remote plug-in from its appliance at first
 * boot.
 */
@NullMarked
package dev.solutionagent;

import org.jspecify.annotations.NullMarked;
