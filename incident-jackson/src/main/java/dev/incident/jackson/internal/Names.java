package dev.incident.jackson.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The format's names: enum constants in lower case ({@code FEATURE_FLAG_OFF} is {@code
 * "feature_flag_off"}), and the snake_case to camelCase mapping used to blame model messages on
 * fields. Thread-safe.
 */
public final class Names {
    private static final Map<Class<?>, Map<String, Enum<?>>> BY_NAME = new ConcurrentHashMap<>();

    private Names() {}

    /** The format's name of {@code constant}: its Java name in lower case. */
    public static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    /** The constant of {@code type} whose format name is exactly {@code name}, or null. */
    @SuppressWarnings("unchecked")
    public static <E extends Enum<E>> @Nullable E constant(Class<E> type, String name) {
        Map<String, Enum<?>> names = BY_NAME.computeIfAbsent(type, Names::index);
        return (E) names.get(name);
    }

    /** Every format name of {@code type}, in declaration order. */
    public static List<String> all(Class<? extends Enum<?>> type) {
        List<String> names = new ArrayList<>();
        for (Enum<?> constant : type.getEnumConstants()) {
            names.add(of(constant));
        }
        return names;
    }

    private static Map<String, Enum<?>> index(Class<?> type) {
        Map<String, Enum<?>> names = new ConcurrentHashMap<>();
        for (Object constant : type.getEnumConstants()) {
            names.put(of((Enum<?>) constant), (Enum<?>) constant);
        }
        return names;
    }

    /** {@code detected_at} as {@code detectedAt}. */
    static String camel(String snake) {
        StringBuilder out = new StringBuilder(snake.length());
        boolean upper = false;
        for (int i = 0; i < snake.length(); i++) {
            char c = snake.charAt(i);
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
