/**
 * vCenter's ExtensionManager over the vim25 SOAP API: sessions, SOAP envelopes written in
 * WSDL element order, faults mapped to typed exceptions.
 */
@NullMarked
package dev.solutionagent.vim;

import org.jspecify.annotations.NullMarked;
