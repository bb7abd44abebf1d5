/**
 * Plans plug-in instances and versions across vCenters by vSphere's rules, and warns of
 * accidental splits and IDs that collide between versions.
 */
@NullMarked
package dev.solutionagent.plan;

import org.jspecify.annotations.NullMarked;
