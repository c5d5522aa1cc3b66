/**
 * Communications: the public status history of an incident, the update cadence of a {@link
 * dev.incident.comms.CommunicationPolicy} with overdue detection, and a status-page view in the shape
 * of Atlassian Statuspage's incident and incident updates.
 *
 * <p>Entry points: {@link dev.incident.comms.CommunicationPolicy#defaults()}, {@link
 * dev.incident.comms.StatusHistory#of(dev.incident.lifecycle.Incident)} and {@link
 * dev.incident.comms.StatusPageIncident#of(dev.incident.lifecycle.Incident)}. The public status
 * itself is {@link dev.incident.lifecycle.Incident#publicStatus()}, and the lifecycle already rejects
 * a status update that contradicts the incident. Every type here is immutable and thread-safe.
 */
@NullMarked
@ValueStyle
package dev.incident.comms;

import dev.incident.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
