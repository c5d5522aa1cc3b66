package dev.incident.cli;

import dev.incident.jackson.IncidentJsonException;
import dev.incident.lifecycle.Incident;
import dev.incident.postmortem.Postmortem;
import dev.incident.postmortem.PostmortemMarkdown;
import dev.incident.timeline.Timeline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code incident render}: a Markdown postmortem draft from one incident JSON file ({@link
 * Postmortem#draftFrom} and {@link PostmortemMarkdown#render}): impact, trigger, detection, root
 * causes, resolution, the timeline table and a Mermaid gantt chart of the impact window, all in UTC.
 * With {@code --zone}, a section with the incident's timeline and a Mermaid chart of its durations
 * in that zone ({@link Timeline#toMarkdown}, {@link Timeline#toMermaid}) is added at the end.
 */
@Command(
        name = "render",
        description = {
            "Draft a Markdown postmortem from an incident JSON file: impact, trigger, detection, root"
                    + " causes, resolution, the timeline table and its Mermaid gantt chart (UTC).",
            "People then write the summary, lessons and follow-ups; 'incident check' says what is missing."
        },
        footer = {
            "",
            "Examples:",
            "  incident render incident.json -o postmortems/2026-03-04-checkout.md",
            "  incident render --zone Europe/Berlin incident.json"
        })
final class RenderCommand extends FileCommand {

    @Option(
            names = "--zone",
            paramLabel = "ZONE",
            description = "Add the incident's timeline and durations chart in this time zone, such as"
                    + " Europe/Berlin or +02:00 (the draft itself is in UTC).")
    private ZoneId zone;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "OUT",
            description = "Write the draft to this file instead of standard output (replaced if it exists).")
    private String output;

    @Override
    public Integer call() {
        List<String> files = fileNames();
        if (files.size() != 1) {
            throw new ParameterException(
                    spec.commandLine(), "render takes one incident file, got " + files.size() + ": " + files);
        }
        String markdown = forEachFile(this::render).get(0);
        if (output == null) {
            out().print(markdown);
            out().flush();
        } else {
            write(markdown);
        }
        return ExitCode.OK;
    }

    private String render(SourceFile file) {
        Incident incident;
        try {
            incident = IncidentFiles.readOne(file);
        } catch (IncidentJsonException e) {
            throw new InputException(file.name(), e.getMessage(), e);
        }
        StringBuilder markdown = new StringBuilder(
                PostmortemMarkdown.render(Postmortem.draftFrom(incident).build()));
        if (zone != null) {
            Timeline timeline = Timeline.of(incident);
            markdown.append("\n## Local times (")
                    .append(zone.getId())
                    .append(")\n\n")
                    .append(timeline.toMarkdown(zone))
                    .append("\n```mermaid\n")
                    .append(timeline.toMermaid(zone))
                    .append("```\n");
        }
        return markdown.toString();
    }

    private void write(String markdown) {
        Path path;
        try {
            path = environment().workingDirectory().resolve(output);
        } catch (InvalidPathException e) {
            throw new InputException(output, "not a valid file name", e);
        }
        try {
            Files.writeString(path, markdown, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(
                    output, "cannot be written (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
        }
    }
}
