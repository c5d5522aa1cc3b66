package dev.incident.cli;

import dev.incident.event.CommanderAssigned;
import dev.incident.event.FixApplied;
import dev.incident.event.ImpactAssessed;
import dev.incident.event.ImpactMitigated;
import dev.incident.event.IncidentCancelled;
import dev.incident.event.IncidentDeclared;
import dev.incident.event.IncidentResolved;
import dev.incident.event.MitigationApplied;
import dev.incident.event.RecoveryVerified;
import dev.incident.examples.Walkthrough;
import dev.incident.jackson.IncidentArchiveWriter;
import dev.incident.jackson.IncidentJson;
import dev.incident.lifecycle.Incident;
import dev.incident.lifecycle.Lifecycle;
import dev.incident.model.Fix;
import dev.incident.model.Impact;
import dev.incident.model.IncidentId;
import dev.incident.model.Mitigation;
import dev.incident.model.MitigationKind;
import dev.incident.model.Participant;
import dev.incident.model.RecoveryVerification;
import dev.incident.model.Severity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The JSON sample files in {@code incident-examples/samples/}, written by the library rather than by
 * hand. {@link SampleFilesTest} fails when the committed files differ from what this class writes;
 * run {@code main} (from the {@code incident-examples} directory) to write them again.
 */
final class SampleFiles {
    /** The directory of the samples, relative to the {@code incident-examples} module. */
    static final Path DIRECTORY = Path.of("samples");

    /** Line 3 of {@code incidents.ndjson}: an incident cut off in the middle, as a crashed export leaves it. */
    static final String MALFORMED_LINE =
            "{\"format\":\"incident/1\",\"id\":\"INC-50\",\"events\":[{\"type\":\"declared\",\"at\":\"2026-03-09T08:";

    /** The line of {@link #MALFORMED_LINE} in the archive. */
    static final int MALFORMED_LINE_NUMBER = 3;

    private SampleFiles() {}

    public static void main(String[] args) throws IOException {
        Path directory = args.length > 0 ? Path.of(args[0]) : DIRECTORY;
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("incident.json"), incidentJson(), StandardCharsets.UTF_8);
        Files.writeString(directory.resolve("incidents.ndjson"), incidentsNdjson(), StandardCharsets.UTF_8);
    }

    /** The walkthrough's incident (INC-42, SEV2), pretty-printed. */
    static String incidentJson() {
        Incident incident = Walkthrough.play(new PrintWriter(Writer.nullWriter()));
        return IncidentJson.builder().prettyPrint(true).build().writeIncident(incident) + "\n";
    }

    /**
     * An archive: the walkthrough's incident, a SEV1, the malformed line, a SEV2 still being
     * mitigated, a SEV3 and a cancelled false alarm.
     */
    static String incidentsNdjson() {
        Lifecycle lifecycle = Lifecycle.withDefaults();
        List<Incident> before = List.of(
                Walkthrough.play(new PrintWriter(Writer.nullWriter())),
                resolved(
                        lifecycle,
                        "INC-47",
                        "Payments API down in eu-west-1",
                        Severity.SEV1,
                        "2026-03-07T02:10:00Z",
                        4,
                        9,
                        38,
                        190));
        List<Incident> after = List.of(
                mitigatedOnly(
                        lifecycle, "INC-51", "Search results stale", Severity.SEV2, "2026-03-11T09:30:00Z", 25, 6, 55),
                resolved(
                        lifecycle,
                        "INC-53",
                        "Slow image uploads",
                        Severity.SEV3,
                        "2026-03-14T13:00:00Z",
                        40,
                        15,
                        95,
                        300),
                cancelled(lifecycle, "INC-54", "Disk alert on a drained node", "2026-03-15T07:00:00Z"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IncidentJson json = IncidentJson.withDefaults();
        write(json, before, out);
        out.writeBytes((MALFORMED_LINE + "\n").getBytes(StandardCharsets.UTF_8));
        write(json, after, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void write(IncidentJson json, List<Incident> incidents, ByteArrayOutputStream out) {
        try (IncidentArchiveWriter archive = json.archiveWriter(out)) {
            for (Incident incident : incidents) {
                archive.write(incident);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Impact starts at {@code start}; detected, acknowledged, mitigated and resolved minutes later. */
    private static Incident resolved(
            Lifecycle lifecycle,
            String id,
            String title,
            Severity severity,
            String start,
            int detectedAfter,
            int acknowledgedAfter,
            int mitigatedAfter,
            int resolvedAfter) {
        Instant t0 = Instant.parse(start);
        Incident incident =
                mitigated(lifecycle, id, title, severity, t0, detectedAfter, acknowledgedAfter, mitigatedAfter);
        incident = lifecycle.apply(
                incident,
                new FixApplied(Fix.builder().description("the real fix").build(), at(t0, resolvedAfter - 20)));
        incident = lifecycle.apply(
                incident,
                new RecoveryVerified(
                        RecoveryVerification.of("error rate at baseline for 15 minutes"), at(t0, resolvedAfter - 1)));
        return lifecycle.apply(incident, new IncidentResolved("fixed and verified", at(t0, resolvedAfter)));
    }

    private static Incident mitigatedOnly(
            Lifecycle lifecycle,
            String id,
            String title,
            Severity severity,
            String start,
            int detectedAfter,
            int acknowledgedAfter,
            int mitigatedAfter) {
        return mitigated(
                lifecycle, id, title, severity, Instant.parse(start), detectedAfter, acknowledgedAfter, mitigatedAfter);
    }

    private static Incident mitigated(
            Lifecycle lifecycle,
            String id,
            String title,
            Severity severity,
            Instant t0,
            int detectedAfter,
            int acknowledgedAfter,
            int mitigatedAfter) {
        Instant detected = at(t0, detectedAfter);
        Incident incident = lifecycle.declare(new IncidentDeclared(
                IncidentId.of(id),
                title,
                severity,
                Participant.of("priya"),
                Optional.of(detected),
                detected.plusSeconds(60)));
        incident = lifecycle.apply(
                incident,
                new CommanderAssigned(Participant.of("marco"), detected.plus(Duration.ofMinutes(acknowledgedAfter))));
        incident = lifecycle.apply(
                incident,
                new ImpactAssessed(
                        Impact.builder()
                                .startedAt(t0)
                                .addAffectedService("checkout")
                                .userFacing(true)
                                .build(),
                        detected.plus(Duration.ofMinutes(acknowledgedAfter + 1))));
        incident = lifecycle.apply(
                incident,
                new MitigationApplied(Mitigation.builder()
                        .kind(MitigationKind.ROLLBACK)
                        .description("rolled back the last deploy")
                        .at(at(t0, mitigatedAfter - 1))
                        .stoppedImpact(true)
                        .build()));
        return lifecycle.apply(incident, new ImpactMitigated("back to baseline", at(t0, mitigatedAfter)));
    }

    private static Incident cancelled(Lifecycle lifecycle, String id, String title, String at) {
        Instant t0 = Instant.parse(at);
        Incident incident = lifecycle.declare(
                new IncidentDeclared(IncidentId.of(id), title, Severity.SEV4, Participant.of("aiko"), t0));
        return lifecycle.apply(incident, new IncidentCancelled("false alarm: the node was being drained", at(t0, 10)));
    }

    private static Instant at(Instant t0, int minutes) {
        return t0.plus(Duration.ofMinutes(minutes));
    }
}
