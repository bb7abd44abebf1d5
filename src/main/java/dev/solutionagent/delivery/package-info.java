/**
 * Delivery of the registration: the pinned HTTPS client, the one place that classifies
 * outcomes, the retry policy inside the token window, and the plug-in server preflight.
 * Spring Framework's RestClient and core retry are used as libraries; nothing here needs
 * an application context.
 */
@NullMarked
package dev.solutionagent.delivery;

import org.jspecify.annotations.NullMarked;
