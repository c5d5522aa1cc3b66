/**
 * The incident SDK's JSON format. Entry point: {@link dev.incident.jackson.IncidentJson}, which
 * writes and reads incidents with a safely configured mapper; {@link
 * dev.incident.jackson.IncidentModule} is the Jackson module behind it; {@link
 * dev.incident.jackson.IncidentArchiveWriter} and {@link dev.incident.jackson.IncidentArchiveReader}
 * handle NDJSON archives. Every failure to read is an {@link
 * dev.incident.jackson.IncidentJsonException} with a JSON Pointer and a stable reason.
 */
@NullMarked
package dev.incident.jackson;

import org.jspecify.annotations.NullMarked;
