package dev.incident.cli;

import dev.incident.cli.findings.CliFinding;
import dev.incident.cli.findings.FailOn;
import dev.incident.cli.findings.Rule;
import dev.incident.cli.findings.Severity;
import dev.incident.postmortem.CompletenessProfile;
import dev.incident.postmortem.CompletenessReport;
import dev.incident.postmortem.CompletenessValidator;
import dev.incident.postmortem.Finding;
import dev.incident.postmortem.FindingSeverity;
import dev.incident.postmortem.LanguageChecker;
import dev.incident.postmortem.Position;
import dev.incident.postmortem.PostmortemMarkdown;
import dev.incident.postmortem.ProfileFormatException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code incident check}: postmortem completeness against a profile ({@link CompletenessValidator})
 * plus the blameless linter, for Markdown postmortems. Findings the library gives no position (a
 * missing section, no follow-ups) are reported on line 1, column 1, since SARIF needs a region.
 * Fails on errors by default.
 */
@Command(
        name = "check",
        description = {
            "Check Markdown postmortems: required sections, quantified impact, an ordered timeline,"
                    + " follow-ups with owners and due dates, and blameless language.",
            "Findings about the whole document (such as a missing section) are reported on line 1," + " column 1."
        },
        footer = {
            "",
            "Profiles: default, sre (Google SRE), atlassian, pagerduty, or a profile file such as:",
            "  name: payments",
            "  extends: default",
            "  required: Summary, Impact, Timeline, Root causes, Follow-ups",
            "  rule follow-up-kind-not-stated: warning",
            "  follow-ups due within: 30 days",
            "",
            "Examples:",
            "  incident check postmortems/2026-03-04-checkout.md",
            "  incident check --profile atlassian --format sarif --fail-on never postmortems/*.md > check.sarif"
        })
final class CheckCommand extends FileCheckingCommand {

    @Option(
            names = "--profile",
            paramLabel = "PROFILE",
            description = "default, sre, atlassian, pagerduty, or the path of a profile file"
                    + " (default: ${DEFAULT-VALUE}).")
    private String profileName = "default";

    @Mixin
    private PeopleOption people;

    private CompletenessValidator validator;

    CheckCommand() {
        super(FailOn.ERROR);
    }

    @Override
    protected List<CliFinding> check(SourceFile file) {
        CompletenessReport report = validator().validate(PostmortemMarkdown.parse(file.text()));
        return report.findings().stream()
                .map(finding -> toCliFinding(file, finding))
                .toList();
    }

    @Override
    protected List<Rule> rules() {
        CompletenessProfile profile = validator().profile();
        return Arrays.stream(dev.incident.postmortem.Rule.values())
                .filter(rule -> profile.severity(rule).isPresent())
                .map(rule -> new Rule(
                        rule.id(),
                        description(rule),
                        rule.hint(),
                        severity(profile.severity(rule).get())))
                .toList();
    }

    private synchronized CompletenessValidator validator() {
        if (validator == null) {
            CompletenessProfile profile = profile();
            validator = people.given()
                    ? CompletenessValidator.of(profile, LanguageChecker.of(people.linter()))
                    : CompletenessValidator.of(profile);
        }
        return validator;
    }

    /** A shipped profile by name ({@code sre} for Google SRE's), else a profile file. */
    private CompletenessProfile profile() {
        String key = profileName.strip().toLowerCase(Locale.ROOT);
        Optional<CompletenessProfile> shipped =
                CompletenessProfile.named(key.equals("sre") ? CompletenessProfile.GOOGLE_SRE.name() : key);
        if (shipped.isPresent()) {
            return shipped.get();
        }
        Path path;
        try {
            path = environment().workingDirectory().resolve(profileName);
        } catch (InvalidPathException e) {
            throw new InputException(profileName, "not a profile name or a valid file name", e);
        }
        if (!Files.isRegularFile(path)) {
            throw new InputException(
                    profileName,
                    "no such profile: use default, sre, atlassian, pagerduty or the path of a profile file");
        }
        String text =
                SourceFile.read(profileName, environment().workingDirectory()).text();
        try {
            return CompletenessProfile.parse(text);
        } catch (ProfileFormatException e) {
            throw new InputException(profileName, "line " + e.line() + ": " + reason(e), e);
        }
    }

    /** The exception's reason without its own "profile line N: " prefix. */
    private static String reason(ProfileFormatException e) {
        String prefix = "profile line " + e.line() + ": ";
        String message = String.valueOf(e.getMessage());
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    private static CliFinding toCliFinding(SourceFile file, Finding finding) {
        Position at = finding.position().orElse(Position.line(1));
        CliFinding cli =
                file.finding(at.line(), at.column(), finding.ruleId(), severity(finding.severity()), message(finding));
        return finding.hint().isBlank() ? cli : cli.withSuggestion(finding.hint());
    }

    /** The message, naming the section when the finding has no position of its own. */
    private static String message(Finding finding) {
        if (finding.position().isPresent()
                || finding.section().isEmpty()
                || finding.message().contains(finding.section().get().title())) {
            return finding.message();
        }
        return finding.message() + " (section: " + finding.section().get().title() + ")";
    }

    private static Severity severity(FindingSeverity severity) {
        return severity == FindingSeverity.ERROR ? Severity.ERROR : Severity.WARNING;
    }

    /** One line per rule for SARIF; the library's rules carry a hint but no description. */
    private static String description(dev.incident.postmortem.Rule rule) {
        return switch (rule) {
            case SECTION_MISSING -> "A required section is missing.";
            case SECTION_TRIVIAL -> "A required section is empty or a placeholder such as TBD.";
            case RECOMMENDED_SECTION_MISSING -> "A recommended section is missing, empty or a placeholder.";
            case IMPACT_NOT_QUANTIFIED -> "The impact has no duration, or no measure of its scope.";
            case TIMELINE_INCOMPLETE -> "The timeline lacks a detection, mitigation or resolution row.";
            case TIMELINE_OUT_OF_ORDER -> "Timeline rows go back in time, or milestones are out of order.";
            case TIMELINE_ROW_WITHOUT_TIME -> "A timeline row has no time that could be read.";
            case ROOT_CAUSE_BLAMES_PERSON -> "The root cause is human error or points at a person.";
            case NO_FOLLOW_UPS -> "There are no follow-ups.";
            case FOLLOW_UP_NO_OWNER -> "A follow-up has no owner.";
            case FOLLOW_UP_NO_DUE_DATE -> "A follow-up has no due date.";
            case FOLLOW_UP_DUE_TOO_LATE -> "A follow-up is due later than the profile allows.";
            case FOLLOW_UP_VAGUE -> "A follow-up asks people to try harder instead of changing the system.";
            case FOLLOW_UP_KIND_NOT_STATED -> "A follow-up does not state its kind.";
            case FOLLOW_UP_WONT_DO_WITHOUT_REASON -> "A follow-up that won't be done does not say why.";
            case NO_RECURRENCE_PREVENTION -> "No follow-up detects, prevents or changes the process.";
            case BLAMING_LANGUAGE -> "Blaming language, found by the blameless linter.";
        };
    }
}
