package dev.incident.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.incident.jackson.IncidentJsonException;
import dev.incident.postmortem.FollowUp;
import dev.incident.postmortem.FollowUpKind;
import dev.incident.postmortem.FollowUpStatus;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * {@link FollowUp} as {@code {"title", "kind", "kind_inferred", "owner", "due", "priority",
 * "tracker", "status", "status_reason"}}: optional ones left out when absent, {@code due} an ISO
 * date, {@code kind} and {@code status} in lower case ({@code wont_do}). {@code kind_inferred} and
 * {@code status} are always written and default to false and {@code open}. Stateless.
 */
public final class FollowUpCodec extends Codec<FollowUp> {
    /** The instance. */
    public static final FollowUpCodec INSTANCE = new FollowUpCodec();

    private FollowUpCodec() {
        super(FollowUp.class);
    }

    @Override
    public void write(FollowUp value, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeStringField("title", value.title());
        if (value.kind().isPresent()) {
            Out.constant("kind", value.kind().get(), out);
        }
        out.writeBooleanField("kind_inferred", value.kindInferred());
        Out.text("owner", value.owner(), out);
        Out.date("due", value.due(), out);
        Out.text("priority", value.priority(), out);
        Out.text("tracker", value.tracker(), out);
        Out.constant("status", value.status(), out);
        Out.text("status_reason", value.statusReason(), out);
        out.writeEndObject();
    }

    @Override
    public FollowUp read(JsonIn in) throws IncidentJsonException {
        ObjectIn o = in.object("a follow-up");
        String title = o.nonBlankText("title");
        Optional<FollowUpKind> kind = o.optionalEnumConstant("kind", FollowUpKind.class);
        boolean inferred = o.bool("kind_inferred", false);
        Optional<String> owner = o.optionalText("owner");
        Optional<LocalDate> due = o.optionalDate("due");
        Optional<String> priority = o.optionalText("priority");
        Optional<String> tracker = o.optionalText("tracker");
        Optional<FollowUpStatus> status = o.optionalEnumConstant("status", FollowUpStatus.class);
        Optional<String> reason = o.optionalText("status_reason");
        return o.build(() -> FollowUp.builder()
                .title(title)
                .kind(kind)
                .kindInferred(inferred)
                .owner(owner)
                .due(due)
                .priority(priority)
                .tracker(tracker)
                .status(status.orElse(FollowUpStatus.OPEN))
                .statusReason(reason)
                .build());
    }
}
