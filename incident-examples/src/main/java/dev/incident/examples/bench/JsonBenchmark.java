package dev.incident.examples.bench;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.incident.event.CommanderAssigned;
import dev.incident.event.FixApplied;
import dev.incident.event.ImpactAssessed;
import dev.incident.event.ImpactMitigated;
import dev.incident.event.IncidentClosed;
import dev.incident.event.IncidentDeclared;
import dev.incident.event.IncidentEvent;
import dev.incident.event.IncidentResolved;
import dev.incident.event.MitigationApplied;
import dev.incident.event.MitigationStarted;
import dev.incident.event.NoteAdded;
import dev.incident.event.PostmortemCompleted;
import dev.incident.event.RecoveryVerified;
import dev.incident.event.ReviewStarted;
import dev.incident.event.RoleAssigned;
import dev.incident.event.RootCauseIdentified;
import dev.incident.event.StatusUpdatePosted;
import dev.incident.event.TriggerIdentified;
import dev.incident.jackson.IncidentJson;
import dev.incident.lifecycle.Incident;
import dev.incident.lifecycle.Lifecycle;
import dev.incident.model.Audience;
import dev.incident.model.Fix;
import dev.incident.model.Impact;
import dev.incident.model.IncidentId;
import dev.incident.model.Mitigation;
import dev.incident.model.MitigationKind;
import dev.incident.model.Participant;
import dev.incident.model.PublicStatus;
import dev.incident.model.RecoveryVerification;
import dev.incident.model.Role;
import dev.incident.model.RootCause;
import dev.incident.model.Severity;
import dev.incident.model.StatusUpdate;
import dev.incident.model.Trigger;
import dev.incident.model.TriggerKind;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Writes and reads an incident of 50 events with {@link IncidentJson} (replay through the lifecycle
 * included), next to a baseline: plain Jackson databind writing and binding the same JSON to a
 * hand-written POJO, with no validation and no replay. Scores are microseconds per write+read; the
 * issue's target is {@code writeReadIncident} within 1.5x of {@code writeReadPojoBaseline}.
 * Self-contained: the incident factory and the POJO are nested here (copies of incident-jackson's
 * test fixtures, which this module cannot see).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class JsonBenchmark {
    private IncidentJson json = IncidentJson.withDefaults();
    private Incident incident = FiftyEvents.incident();
    private final ObjectMapper plain = new ObjectMapper();
    private IncidentPojo pojo = new IncidentPojo();

    /** Builds the incident, and the POJO from its document. */
    @Setup
    public void setUp() throws IOException {
        json = IncidentJson.builder().lifecycle(FiftyEvents.LIFECYCLE).build();
        incident = FiftyEvents.incident();
        pojo = plain.readValue(json.writeIncident(incident), IncidentPojo.class);
        if (!json.readIncident(json.writeIncident(incident)).equals(incident)
                || pojo.events.size() != FiftyEvents.SIZE) {
            throw new IllegalStateException("the benchmark's inputs do not round-trip");
        }
    }

    /** Ours: write the incident to UTF-8, read it back, replaying its events through the lifecycle. */
    @Benchmark
    public Incident writeReadIncident() throws IOException {
        return json.readIncident(json.writer().writeValueAsBytes(incident));
    }

    /** The baseline: plain databind writes the POJO to UTF-8 and binds it back. */
    @Benchmark
    public IncidentPojo writeReadPojoBaseline() throws IOException {
        return plain.readValue(plain.writeValueAsBytes(pojo), IncidentPojo.class);
    }

    /**
     * The benchmark's incident: 50 events covering the whole lifecycle, from declaration to closing,
     * with notes and status updates in between, as a real SEV2 would have. Deterministic.
     */
    public static final class FiftyEvents {
        /** The number of events. */
        public static final int SIZE = 50;

        private static final Instant T0 = Instant.parse("2026-03-04T14:00:00Z");

        /** A lifecycle whose "now" is after every event of {@link #incident()}. */
        public static final Lifecycle LIFECYCLE = Lifecycle.builder()
                .clock(Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC))
                .build();

        private FiftyEvents() {}

        /** The incident, built through {@link #LIFECYCLE}. */
        public static Incident incident() {
            return LIFECYCLE.replay(events());
        }

        /** The history. */
        public static List<IncidentEvent> events() {
            Participant priya = Participant.of("priya");
            Participant marco = Participant.of("marco");
            Participant aiko = Participant.of("aiko");
            List<IncidentEvent> events = new ArrayList<>();
            events.add(new IncidentDeclared(
                    IncidentId.of("INC-1042"),
                    "Checkout errors after deploy 8812",
                    Severity.SEV2,
                    priya,
                    Optional.of(at(0)),
                    at(2)));
            events.add(new CommanderAssigned(marco, at(3)));
            events.add(new RoleAssigned(aiko, Role.COMMUNICATIONS_LEAD, at(3)));
            events.add(new RoleAssigned(priya, Role.RESPONDER, at(4)));
            events.add(new ImpactAssessed(
                    Impact.builder()
                            .startedAt(at(0))
                            .addAffectedServices("checkout", "payments")
                            .userFacing(true)
                            .scope("about 8% of checkout requests fail with HTTP 500")
                            .usersAffected(12_000)
                            .addRegionsAffected("eu-west-1")
                            .build(),
                    at(5)));
            events.add(update(PublicStatus.INVESTIGATING, "We are investigating checkout errors.", aiko, 6));
            events.add(new MitigationStarted(marco, at(7)));
            events.add(new TriggerIdentified(
                    Trigger.builder()
                            .kind(TriggerKind.DEPLOY)
                            .description("deploy 8812 of the checkout service")
                            .reference("8812")
                            .build(),
                    at(9)));
            int minute = 10;
            while (events.size() < 36) {
                if (events.size() % 3 == 0) {
                    events.add(update(
                            PublicStatus.IDENTIFIED,
                            "Still working on checkout errors; next update soon.",
                            aiko,
                            minute));
                } else {
                    events.add(new NoteAdded(
                            events.size() % 2 == 0 ? priya : marco,
                            "checked dashboard " + minute + ": error rate still elevated in eu-west-1",
                            at(minute)));
                }
                minute++;
            }
            events.add(new MitigationApplied(Mitigation.builder()
                    .kind(MitigationKind.ROLLBACK)
                    .description("rolled back deploy 8812")
                    .at(at(40))
                    .stoppedImpact(true)
                    .build()));
            events.add(new ImpactMitigated("error rate back to baseline after the rollback", at(44)));
            events.add(update(PublicStatus.MONITORING, "A fix has been applied; we are monitoring.", aiko, 45));
            events.add(new NoteAdded(priya, "error rate flat for 10 minutes", at(55)));
            events.add(new RootCauseIdentified(
                    RootCause.builder()
                            .description("price rounding threw on currencies without minor units")
                            .addContributingFactor("the canary checked latency, not error rate")
                            .build(),
                    at(90)));
            events.add(new FixApplied(
                    Fix.builder()
                            .description("handle zero-decimal currencies")
                            .reference("PR 4411")
                            .build(),
                    at(120)));
            events.add(new RecoveryVerified(RecoveryVerification.of("error rate at baseline for 30 minutes"), at(150)));
            events.add(new IncidentResolved("fix deployed and recovery verified", at(151)));
            events.add(update(PublicStatus.RESOLVED, "Resolved: checkout is working normally.", aiko, 152));
            events.add(new ReviewStarted(at(60 * 24)));
            events.add(new NoteAdded(marco, "review meeting booked", at(60 * 24 + 5)));
            events.add(new NoteAdded(aiko, "customer comms archived", at(60 * 24 + 6)));
            events.add(new PostmortemCompleted("postmortems/INC-1042.md", at(60 * 48)));
            events.add(new IncidentClosed(at(60 * 49)));
            if (events.size() != SIZE) {
                throw new IllegalStateException("expected " + SIZE + " events, built " + events.size());
            }
            return events;
        }

        private static StatusUpdatePosted update(PublicStatus status, String message, Participant author, int minute) {
            return new StatusUpdatePosted(StatusUpdate.builder()
                    .status(status)
                    .audience(Audience.PUBLIC)
                    .message(message)
                    .author(author)
                    .at(at(minute))
                    .build());
        }

        private static Instant at(int minutes) {
            return T0.plusSeconds(minutes * 60L);
        }
    }

    /**
     * The benchmark's baseline: the same JSON as an incident document, bound by plain Jackson databind
     * to a hand-written POJO, with no validation and no replay. Times stay strings (no java.time
     * parsing), so the baseline is, if anything, flattering to databind.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static final class IncidentPojo {
        public String format;
        public String id;
        public List<Event> events;

        @Override
        public boolean equals(Object other) {
            return other instanceof IncidentPojo that
                    && Objects.equals(format, that.format)
                    && Objects.equals(id, that.id)
                    && Objects.equals(events, that.events);
        }

        @Override
        public int hashCode() {
            return Objects.hash(format, id, events);
        }

        /** Every field any event type has; absent ones stay null and are not written. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public static final class Event {
            public String type;
            public String at;
            public String id;
            public String title;
            public Severity severity;

            @JsonProperty("declared_by")
            public String declaredBy;

            @JsonProperty("detected_at")
            public String detectedAt;

            public String commander;
            public String from;
            public String to;
            public String participant;
            public String role;
            public String reason;
            public Impact impact;
            public String status;
            public String audience;
            public String message;
            public String author;
            public Trigger trigger;
            public String by;
            public String kind;
            public String description;

            @JsonProperty("stopped_impact")
            public Boolean stoppedImpact;

            public String summary;

            @JsonProperty("root_cause")
            public RootCause rootCause;

            public Fix fix;
            public Verification verification;
            public String reference;
            public String into;
            public String text;

            @Override
            public boolean equals(Object other) {
                return other instanceof Event that
                        && Objects.equals(type, that.type)
                        && Objects.equals(at, that.at)
                        && Objects.equals(title, that.title)
                        && Objects.equals(message, that.message)
                        && Objects.equals(text, that.text);
            }

            @Override
            public int hashCode() {
                return Objects.hash(type, at);
            }
        }

        /** A severity. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public static final class Severity {
            public String label;
            public Integer rank;
        }

        /** An impact. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public static final class Impact {
            @JsonProperty("started_at")
            public String startedAt;

            @JsonProperty("affected_services")
            public List<String> affectedServices;

            @JsonProperty("user_facing")
            public Boolean userFacing;

            public String scope;

            @JsonProperty("users_affected")
            public Long usersAffected;

            @JsonProperty("requests_affected")
            public Long requestsAffected;

            @JsonProperty("regions_affected")
            public List<String> regionsAffected;
        }

        /** A trigger. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public static final class Trigger {
            public String kind;
            public String description;
            public String reference;
        }

        /** A root cause. */
        public static final class RootCause {
            public String description;

            @JsonProperty("contributing_factors")
            public List<String> contributingFactors;
        }

        /** A fix. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public static final class Fix {
            public String description;
            public String reference;
        }

        /** A recovery verification. */
        public static final class Verification {
            public String evidence;
        }
    }
}
