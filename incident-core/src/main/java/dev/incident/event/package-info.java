/**
 * The sealed family of incident events: the facts that make up an incident's history, from {@link
 * dev.incident.event.IncidentDeclared} to {@link dev.incident.event.IncidentClosed}.
 *
 * <p>Every event is an immutable, thread-safe record that knows when it happened ({@link
 * dev.incident.event.IncidentEvent#at()}) and its {@link dev.incident.event.EventType}. Events are
 * facts only: whether one may happen now is decided by {@code dev.incident.lifecycle.Lifecycle}.
 * Constructors reject nulls and blank texts at once, naming the offending component.
 */
@NullMarked
package dev.incident.event;

import org.jspecify.annotations.NullMarked;
