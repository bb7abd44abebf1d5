/**
 * The command line: commands, their help, the Spring Boot entry point and the one funnel
 * from outcomes to exit codes.
 */
@NullMarked
package dev.solutionagent.cli;

import org.jspecify.annotations.NullMarked;
