package dev.incident.event.archfixture;

import dev.incident.model.archfixture.CycleFromModel;

/** With {@link CycleFromModel}, breaks "no cycles between packages": event -> model -> event. Test-only. */
public final class CycleFromEvent {
    private CycleFromEvent() {}

    static Class<?> other() {
        return CycleFromModel.class;
    }
}
