package dev.incident.model.archfixture;

import dev.incident.event.archfixture.CycleFromEvent;

/** With {@link CycleFromEvent}, breaks "no cycles between packages": model -> event -> model. Test-only. */
public final class CycleFromModel {
    private CycleFromModel() {}

    static Class<?> other() {
        return CycleFromEvent.class;
    }
}
