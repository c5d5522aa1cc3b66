package dev.incident.cli;

import dev.incident.cli.findings.CliFinding;
import dev.incident.cli.findings.FailOn;
import dev.incident.cli.findings.Rule;
import dev.incident.cli.findings.Severity;
import dev.incident.jackson.IncidentJsonException;
import dev.incident.jackson.IncidentJsonException.Reason;
import dev.incident.lifecycle.RejectionReason;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code incident validate}: reads incident JSON ({@code *.json}: one incident) or NDJSON archives
 * ({@code *.ndjson}, {@code *.jsonl}: one incident per line, every line checked), replaying each
 * history through the default lifecycle. Every error is a finding: rule {@code json/<reason>} or
 * {@code lifecycle/<reason>}, at the line of the archive, or at the line and column the JSON path
 * points to. Fails on errors by default.
 */
@Command(
        name = "validate",
        description = {
            "Validate incident JSON: parse it, check the format and replay every event through the"
                    + " lifecycle, so an impossible history is reported.",
            "*.ndjson and *.jsonl are archives (one incident per line, every line checked); other files,"
                    + " and standard input unless --archive is given, hold one incident."
        },
        footer = {
            "",
            "Rules: json/<reason> (malformed_json, missing_field, wrong_type, ...) and lifecycle/<reason>"
                    + " (not_permitted_in_phase, recovery_not_verified, ...).",
            "",
            "Examples:",
            "  incident validate incident.json incidents.ndjson",
            "  export-incidents | incident validate --archive --format json -"
        })
final class ValidateCommand extends FileCheckingCommand {

    @Option(names = "--archive", description = "Read every file as an NDJSON archive, whatever its name.")
    private boolean archive;

    ValidateCommand() {
        super(FailOn.ERROR);
    }

    @Override
    protected List<CliFinding> check(SourceFile file) {
        List<CliFinding> findings = new ArrayList<>();
        if (archive || IncidentFiles.isArchive(file.name())) {
            String[] lines = file.text().split("\n", -1);
            IncidentFiles.readArchive(
                    file, incident -> {}, error -> findings.add(toCliFinding(file, error, lineText(lines, error))));
        } else {
            try {
                IncidentFiles.readOne(file);
            } catch (IncidentJsonException error) {
                findings.add(toCliFinding(file, error, file.text()));
            }
        }
        return findings;
    }

    @Override
    protected List<Rule> rules() {
        Stream<Rule> json = Arrays.stream(Reason.values())
                .filter(reason -> reason != Reason.LIFECYCLE_REJECTED)
                .map(reason -> new Rule(ruleId(reason), description(reason), "", Severity.ERROR));
        Stream<Rule> lifecycle = Arrays.stream(RejectionReason.values())
                .map(reason -> new Rule(
                        "lifecycle/" + code(reason),
                        "The lifecycle refused the history: " + code(reason).replace('_', ' ') + ".",
                        "Fix the event the path points to, or the events before it.",
                        Severity.ERROR));
        return Stream.concat(json, lifecycle).toList();
    }

    /** The text the error's path refers to: its line for an archive. */
    private static String lineText(String[] lines, IncidentJsonException error) {
        long line = error.line().orElse(1);
        return line <= lines.length ? lines[(int) line - 1] : "";
    }

    private static CliFinding toCliFinding(SourceFile file, IncidentJsonException error, String text) {
        boolean syntax = error.reason() == Reason.MALFORMED_JSON || error.reason() == Reason.TRUNCATED;
        JsonLocator.Place place = (syntax ? JsonLocator.syntaxError(text) : Optional.<JsonLocator.Place>empty())
                .or(() -> JsonLocator.locate(text, error.path()))
                .orElse(new JsonLocator.Place(1, 1));
        int line = error.line().isPresent() ? (int) error.line().getAsLong() : place.line();
        int column = error.line().isPresent() && place.line() != 1 ? 1 : place.column();
        String rule = error.reason() == Reason.LIFECYCLE_REJECTED
                ? error.lifecycleReason()
                        .map(reason -> "lifecycle/" + code(reason))
                        .orElse(ruleId(error.reason()))
                : ruleId(error.reason());
        String where = error.path().isEmpty() ? "the document" : error.path();
        return file.finding(line, column, rule, Severity.ERROR, "at " + where + ": " + error.detail());
    }

    private static String ruleId(Reason reason) {
        return "json/" + reason.code();
    }

    private static String code(RejectionReason reason) {
        return reason.name().toLowerCase(Locale.ROOT);
    }

    private static String description(Reason reason) {
        return switch (reason) {
            case MALFORMED_JSON -> "The text is not JSON.";
            case TRUNCATED -> "The text ends before the document does, or is empty.";
            case LIMIT_EXCEEDED -> "A limit was exceeded: nesting, string, number, name or document length.";
            case WRONG_TYPE -> "A value has the wrong JSON type.";
            case MISSING_FIELD -> "A required field is absent.";
            case NULL_VALUE -> "A field is null; the format leaves absent fields out.";
            case DUPLICATE_KEY -> "An object has the same key twice.";
            case UNKNOWN_FIELD -> "A field the format does not define.";
            case INVALID_VALUE -> "A value the model refuses, such as a blank title or a bad id.";
            case UNKNOWN_EVENT_TYPE -> "An event type the format does not define.";
            case UNSUPPORTED_FORMAT -> "The format field names a format this version cannot read.";
            case LIFECYCLE_REJECTED -> "The lifecycle refused the history.";
        };
    }
}
