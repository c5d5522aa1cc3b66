package dev.incident.jackson.internal;

import dev.incident.event.EventType;
import dev.incident.lifecycle.Lifecycle;
import dev.incident.lifecycle.Phase;
import dev.incident.lifecycle.RejectionReason;
import dev.incident.model.Audience;
import dev.incident.model.MitigationKind;
import dev.incident.model.PublicStatus;
import dev.incident.model.TriggerKind;
import java.util.List;

/**
 * The codecs the module registers, one per type. To support a new type, add its codec here.
 * Thread-safe.
 */
public final class Codecs {
    private Codecs() {}

    /** Every codec, the incident's replaying through {@code lifecycle}. */
    public static List<Codec<?>> standard(Lifecycle lifecycle) {
        return List.of(
                new IncidentCodec(lifecycle),
                EventCodec.INSTANCE,
                IncidentIdCodec.INSTANCE,
                ParticipantCodec.INSTANCE,
                RoleCodec.INSTANCE,
                SeverityCodec.INSTANCE,
                SeverityScaleCodec.INSTANCE,
                ImpactCodec.INSTANCE,
                MitigationCodec.INSTANCE,
                StatusUpdateCodec.INSTANCE,
                TriggerCodec.INSTANCE,
                RootCauseCodec.INSTANCE,
                FixCodec.INSTANCE,
                RecoveryVerificationCodec.INSTANCE,
                new EnumCodec<>(EventType.class),
                new EnumCodec<>(Phase.class),
                new EnumCodec<>(RejectionReason.class),
                new EnumCodec<>(Audience.class),
                new EnumCodec<>(PublicStatus.class),
                new EnumCodec<>(MitigationKind.class),
                new EnumCodec<>(TriggerKind.class));
    }
}
