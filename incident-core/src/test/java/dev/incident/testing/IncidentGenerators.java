package dev.incident.testing;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.incident.lifecycle.Incident;
import dev.incident.model.Severity;
import dev.incident.model.TriggerKind;
import dev.incident.timeline.ExternalEntry;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of valid incidents and external entries, built by combining small
 * generators (they shrink better than chained flatMaps). Every incident is built through {@link
 * Incidents.Scenario}, hence through the default lifecycle.
 */
public final class IncidentGenerators {
    private IncidentGenerators() {}

    /**
     * The shape of a generated incident.
     *
     * @param rank severity rank 1 to 4
     * @param detectLead minutes from detection to declaration
     * @param impactLead minutes from impact start to declaration, if the start is known
     * @param stage how far it goes: 0 declared, 1 commander and impact, 2 mitigating, 3 mitigated, 4
     *     resolved, 5 reopened and resolved again (if {@code reopen}), 6 closed
     * @param reopen whether it is reopened after resolution (stage 5 or more)
     * @param deploy whether a deploy is identified as the trigger
     * @param userFacing whether the impact is user-facing
     * @param gaps minutes between successive steps, used in a cycle
     */
    public record Spec(
            int rank,
            int detectLead,
            Optional<Integer> impactLead,
            int stage,
            boolean reopen,
            boolean deploy,
            boolean userFacing,
            List<Integer> gaps) {

        /** Builds the incident this spec describes, declared at minute 100. */
        public Incident build(String id) {
            int[] t = {100};
            int[] i = {0};
            java.util.function.IntSupplier next = () -> t[0] += gaps.get(i[0]++ % gaps.size());
            Incidents.Scenario s = Incidents.scenario(id, Severity.of("SEV" + rank, rank))
                    .detectedAt(100 - detectLead)
                    .declaredAt(100);
            if (stage >= 1) {
                s.commander("marco", next.getAsInt());
                if (impactLead.isPresent()) {
                    s.impact(100 - impactLead.get(), userFacing, next.getAsInt(), "svc" + rank % 2);
                } else {
                    s.impactWithoutStart(userFacing, next.getAsInt(), "svc" + rank % 2);
                }
                if (deploy) {
                    s.trigger(TriggerKind.DEPLOY, next.getAsInt());
                }
            }
            if (stage >= 2) {
                s.rollback(next.getAsInt());
            }
            if (stage >= 3) {
                s.mitigated(next.getAsInt());
            }
            if (stage >= 4) {
                s.fix(next.getAsInt()).verify(next.getAsInt()).resolve(next.getAsInt());
            }
            if (stage >= 5 && reopen) {
                s.reopen(next.getAsInt());
                s.rollback(next.getAsInt()).mitigated(next.getAsInt());
                s.fix(next.getAsInt()).verify(next.getAsInt()).resolve(next.getAsInt());
            }
            if (stage >= 6) {
                s.close(next.getAsInt());
            }
            return s.build();
        }
    }

    /** Specs of incidents at every stage. */
    public static Gen<Spec> specs() {
        Gen<Integer> rank = integers().between(1, 4);
        Gen<Integer> detectLead = integers().between(0, 10);
        Gen<Optional<Integer>> impactLead = integers().between(-5, 30).toOptionals(25);
        Gen<Integer> stage = integers().between(0, 6);
        Gen<List<Integer>> gaps = lists().of(integers().between(0, 20)).ofSizeBetween(1, 6);
        Gen<boolean[]> flags =
                booleans().all().zip(booleans().all(), booleans().all(), (a, b, c) -> new boolean[] {a, b, c});
        return rank.zip(detectLead, impactLead, stage, (r, d, im, st) -> new Object[] {r, d, im, st})
                .zip(flags, gaps, (head, f, g) -> {
                    @SuppressWarnings("unchecked")
                    Optional<Integer> lead = (Optional<Integer>) head[2];
                    return new Spec((Integer) head[0], (Integer) head[1], lead, (Integer) head[3], f[0], f[1], f[2], g);
                });
    }

    /** Valid incidents at every stage, with the id {@code GEN-1}. */
    public static Gen<Incident> incidents() {
        return specs().map(spec -> spec.build("GEN-1"));
    }

    /**
     * External entries from a small alphabet of sources, texts and times (minutes 90 to 130), so
     * that ties and exact duplicates are frequent.
     */
    public static Gen<ExternalEntry> externalEntries() {
        Gen<String> source = Generate.pick(List.of("slack", "deploys", "alerts"));
        Gen<String> text = Generate.pick(List.of("rolling back", "alert fired", "looking", "lunch"));
        Gen<Integer> minute = integers().between(90, 130);
        Gen<Optional<String>> link =
                Generate.pick(List.of("https://a.example", "https://b.example")).toOptionals(50);
        return source.zip(
                text,
                minute,
                link,
                (s, x, m, l) -> ExternalEntry.builder()
                        .source(s)
                        .text(x)
                        .at(Incidents.at(m))
                        .link(l)
                        .build());
    }
}
