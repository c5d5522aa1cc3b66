package dev.incident.timeline.archfixture;

/** Breaks "public value types are immutable": a public type with a field that can change. Test-only. */
public final class MutableTimelineValue {
    private String label = "";

    /** Changes the label, which a value must never do. */
    public void relabel(String newLabel) {
        this.label = newLabel;
    }

    @Override
    public String toString() {
        return label;
    }
}
