/**
 * The value types an incident is made of: {@link dev.incident.model.IncidentId}, {@link
 * dev.incident.model.Severity} and its {@link dev.incident.model.SeverityScale}, {@link
 * dev.incident.model.Participant} and {@link dev.incident.model.Role}, {@link
 * dev.incident.model.Impact}, {@link dev.incident.model.StatusUpdate}, {@link
 * dev.incident.model.Mitigation}, {@link dev.incident.model.Trigger}, {@link
 * dev.incident.model.RootCause}, {@link dev.incident.model.Fix} and {@link
 * dev.incident.model.RecoveryVerification}.
 *
 * <p>Every type here is immutable, thread-safe and null-free: absent values are {@link
 * java.util.Optional}, and a null argument is rejected at once with a message naming it. Types with
 * several attributes are built with {@code builder()}; small ones with {@code of(...)}. This package
 * depends on no other package of the project.
 */
@NullMarked
@ValueStyle
package dev.incident.model;

import dev.incident.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
