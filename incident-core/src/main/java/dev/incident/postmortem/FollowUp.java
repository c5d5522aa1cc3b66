package dev.incident.postmortem;

import dev.incident.postmortem.internal.Wording;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A follow-up (action item): what will be done, of what kind, by whom, by when.
 *
 * <p>The owner is a person or a team as written, such as {@code @priya} or {@code payments team};
 * the tracker is a ticket key or a link. When a follow-up states no kind, one is inferred from its
 * wording when it is built (an alert, a page, monitoring → detect; validation, a block, a limit, a
 * test, a guardrail → prevent; a runbook, documentation, a checklist, a process → process; ...) and
 * {@link #kindInferred()} is set; a follow-up whose kind cannot be inferred has none, and does not
 * count as preventing recurrence. An inferred kind always follows the title.
 *
 * <p>Texts are single lines: surrounding and repeated whitespace is collapsed when the follow-up is
 * built. Immutable and thread-safe.
 *
 * <pre>{@code
 * FollowUp alert = FollowUp.builder()
 *     .title("Page on checkout 5xx rate above 1% for 5 minutes")
 *     .kind(FollowUpKind.DETECT)
 *     .owner("@priya")
 *     .due(LocalDate.of(2026, 3, 18))
 *     .tracker("PAY-1234")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class FollowUp {
    FollowUp() {}

    /** Returns a new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns an open follow-up with only a title; its kind, owner and due date are missing.
     *
     * @throws IllegalArgumentException if {@code title} is blank
     */
    public static FollowUp of(String title) {
        return builder().title(title).build();
    }

    /** What will be done; a single line, not blank. */
    public abstract String title();

    /** The kind, stated or inferred; empty when neither. */
    public abstract Optional<FollowUpKind> kind();

    /** Whether {@link #kind()} was inferred from the wording; setting it asks for inference. Default: false. */
    @Value.Default
    public boolean kindInferred() {
        return false;
    }

    /** Who owns it: a person or a team. */
    public abstract Optional<String> owner();

    /** When it is due. */
    public abstract Optional<LocalDate> due();

    /** Its priority as the team writes it, such as {@code P1} or {@code high}. */
    public abstract Optional<String> priority();

    /** A ticket key or link. */
    public abstract Optional<String> tracker();

    /** Whether it is open, done, or won't be done. Default: open. */
    @Value.Default
    public FollowUpStatus status() {
        return FollowUpStatus.OPEN;
    }

    /** Why its status is what it is; expected for {@link FollowUpStatus#WONT_DO}. */
    public abstract Optional<String> statusReason();

    /** Returns whether it is still to do. */
    public final boolean isOpen() {
        return status() == FollowUpStatus.OPEN;
    }

    @Value.Check
    final FollowUp normalize() {
        String title = line(title(), "follow-up title")
                .orElseThrow(() -> new IllegalArgumentException("follow-up title must not be blank"));
        Optional<String> owner = owner().flatMap(value -> line(value, "owner"));
        Optional<String> priority = priority().flatMap(value -> line(value, "priority"));
        Optional<String> tracker = tracker().flatMap(value -> line(value, "tracker"));
        Optional<String> reason = statusReason().flatMap(value -> line(value, "status reason"));
        Optional<FollowUpKind> kind = kind();
        boolean inferred = kindInferred();
        if (kind.isEmpty() || inferred) {
            kind = Wording.followUpKind(title);
            inferred = kind.isPresent();
        }
        if (title.equals(title())
                && kind.equals(kind())
                && inferred == kindInferred()
                && owner.equals(owner())
                && priority.equals(priority())
                && tracker.equals(tracker())
                && reason.equals(statusReason())) {
            return this;
        }
        return builder()
                .from(this)
                .title(title)
                .owner(owner)
                .priority(priority)
                .tracker(tracker)
                .statusReason(reason)
                .kind(kind)
                .kindInferred(inferred)
                .build();
    }

    /** Collapses whitespace; a blank optional text becomes absent. */
    private static Optional<String> line(String value, String name) {
        String line = value.strip().replaceAll("\\s+", " ");
        return line.isEmpty() ? Optional.empty() : Optional.of(line);
    }

    /** Builds a {@link FollowUp}; not thread-safe. */
    public static final class Builder extends ImmutableFollowUp.Builder {
        Builder() {}
    }
}
