package dev.incident.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.incident.jackson.IncidentJsonException;
import dev.incident.model.RecoveryVerification;
import java.io.IOException;

/** {@link RecoveryVerification} as {@code {"evidence": "..."}}. Stateless. */
public final class RecoveryVerificationCodec extends Codec<RecoveryVerification> {
    /** The instance. */
    public static final RecoveryVerificationCodec INSTANCE = new RecoveryVerificationCodec();

    private RecoveryVerificationCodec() {
        super(RecoveryVerification.class);
    }

    @Override
    public void write(RecoveryVerification value, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeStringField("evidence", value.evidence());
        out.writeEndObject();
    }

    @Override
    public RecoveryVerification read(JsonIn in) throws IncidentJsonException {
        ObjectIn object = in.object("a recovery verification");
        String evidence = object.nonBlankText("evidence");
        return object.build(() -> RecoveryVerification.of(evidence));
    }
}
