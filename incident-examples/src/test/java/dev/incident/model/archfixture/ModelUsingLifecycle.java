package dev.incident.model.archfixture;

import dev.incident.lifecycle.Lifecycle;

/** Breaks "the model depends on no other package": a model type that reaches for the lifecycle. Test-only. */
public final class ModelUsingLifecycle {
    private ModelUsingLifecycle() {}

    static Lifecycle lifecycle() {
        return Lifecycle.withDefaults();
    }
}
