package dev.incident.jackson;

import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.incident.jackson.internal.Codec;
import dev.incident.jackson.internal.CodecDeserializer;
import dev.incident.jackson.internal.CodecSerializer;
import dev.incident.jackson.internal.Codecs;
import dev.incident.jackson.internal.ModuleVersion;
import dev.incident.lifecycle.Lifecycle;
import java.util.Objects;

/**
 * The Jackson module for the incident SDK: serializers and deserializers for {@link
 * dev.incident.lifecycle.Incident}, every {@link dev.incident.event.IncidentEvent} and every value
 * type of {@code dev.incident.model}, in the format {@value IncidentJson#FORMAT} described by
 * {@link IncidentJson#schema()}.
 *
 * <p>Registered through {@code META-INF/services} and the module descriptor, so {@code
 * ObjectMapper.findAndRegisterModules()} finds it with the default lifecycle. Reading an incident
 * replays its events through the module's {@link Lifecycle}; pass another with {@link
 * #IncidentModule(Lifecycle)}. Unknown fields are refused when the mapper's {@code
 * FAIL_ON_UNKNOWN_PROPERTIES} is enabled (Jackson's default) and ignored otherwise. For a mapper
 * with safe limits, use {@link IncidentJson} instead of configuring one yourself.
 *
 * <p>Jackson registers a module of a given name once per mapper: a second {@code IncidentModule}
 * (say with another lifecycle) on the same mapper is ignored. Use one mapper per lifecycle.
 *
 * <p>Immutable after construction and thread-safe, like its serializers.
 */
public final class IncidentModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** The module's name, as {@link #getModuleName()} returns it. */
    public static final String NAME = "incident-jackson";

    /** Creates the module with {@link Lifecycle#withDefaults()}; used by the service loader. */
    public IncidentModule() {
        this(Lifecycle.withDefaults());
    }

    /**
     * Creates the module; reading an incident replays it through {@code lifecycle}.
     *
     * @throws NullPointerException if {@code lifecycle} is null
     */
    public IncidentModule(Lifecycle lifecycle) {
        super(NAME, ModuleVersion.VERSION);
        Objects.requireNonNull(lifecycle, "lifecycle must not be null");
        for (Codec<?> codec : Codecs.standard(lifecycle)) {
            register(codec);
        }
    }

    private <T> void register(Codec<T> codec) {
        addSerializer(codec.type(), new CodecSerializer<>(codec));
        addDeserializer(codec.type(), new CodecDeserializer<>(codec));
    }
}
