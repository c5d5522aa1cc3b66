package dev.incident.jackson.internal;

import dev.incident.event.EventType;
import dev.incident.lifecycle.Lifecycle;
import dev.incident.lifecycle.Phase;
import dev.incident.lifecycle.RejectionReason;
import dev.incident.model.Audience;
import dev.incident.model.MitigationKind;
import dev.incident.model.PublicStatus;
import dev.incident.model.TriggerKind;
import dev.incident.postmortem.FollowUpKind;
import dev.incident.postmortem.FollowUpStatus;
import dev.incident.postmortem.PostmortemStatus;
import dev.incident.timeline.EntryKind;
import java.util.List;

/**
 * The codecs the module registers, one per type. To support a new type, add its codec here.
 * Thread-safe.
 */
public final class Codecs {
    private Codecs() {}

    private static final List<Class<?>> TYPES = standard(Lifecycle.withDefaults()).stream()
            .<Class<?>>map(Codec::type)
            .toList();

    /** Whether a codec writes values of {@code type} (the type of one of them, or a subtype). */
    public static boolean writes(Class<?> type) {
        for (Class<?> written : TYPES) {
            if (written.isAssignableFrom(type)) {
                return true;
            }
        }
        return false;
    }

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
                PostmortemCodec.INSTANCE,
                PostmortemImpactCodec.INSTANCE,
                TimelineRowCodec.INSTANCE,
                FollowUpCodec.INSTANCE,
                CompletenessReportCodec.INSTANCE,
                LintReportCodec.INSTANCE,
                TimelineCodec.INSTANCE,
                ExternalEntryCodec.INSTANCE,
                CorrectionCodec.INSTANCE,
                IncidentMetricsCodec.INSTANCE,
                new EnumCodec<>(EventType.class),
                new EnumCodec<>(Phase.class),
                new EnumCodec<>(RejectionReason.class),
                new EnumCodec<>(Audience.class),
                new EnumCodec<>(PublicStatus.class),
                new EnumCodec<>(MitigationKind.class),
                new EnumCodec<>(TriggerKind.class),
                new EnumCodec<>(EntryKind.class),
                new EnumCodec<>(FollowUpKind.class),
                new EnumCodec<>(FollowUpStatus.class),
                new EnumCodec<>(PostmortemStatus.class));
    }
}
