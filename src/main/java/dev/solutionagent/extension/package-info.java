/**
 * The plug-in's Extension records: the vendor's descriptor, placeholder resolution,
 * vSphere's validation rules, and the solution-install payload.
 */
@NullMarked
package dev.solutionagent.extension;

import org.jspecify.annotations.NullMarked;
