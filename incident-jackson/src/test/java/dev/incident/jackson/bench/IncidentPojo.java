package dev.incident.jackson.bench;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * The benchmark's baseline: the same JSON as an incident document, bound by plain Jackson databind
 * to a hand-written POJO, with no validation and no replay. Times stay strings (no java.time
 * parsing), so the baseline is, if anything, flattering to databind.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class IncidentPojo {
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
