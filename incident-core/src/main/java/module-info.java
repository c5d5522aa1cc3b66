/**
 * The incident SDK's core: the incident model, the event-sourced lifecycle, timelines, metrics,
 * communications, postmortems and the blameless-language linter. Only API packages are exported;
 * {@code dev.incident.internal} and every {@code *.internal} package are implementation details.
 */
@org.jspecify.annotations.NullMarked
module dev.incident.core {
    requires static org.immutables.value;
    requires static transitive org.jspecify;
    requires org.slf4j;
    requires org.commonmark;
    requires org.commonmark.ext.gfm.tables;

    exports dev.incident.model;
    exports dev.incident.event;
    exports dev.incident.lifecycle;
    exports dev.incident.timeline;
    exports dev.incident.metrics;
    exports dev.incident.comms;
    exports dev.incident.postmortem;
    exports dev.incident.lint;
}
