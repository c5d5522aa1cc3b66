package dev.incident.postmortem.internal;

import dev.incident.internal.Checks;
import dev.incident.postmortem.CompletenessProfile;
import dev.incident.postmortem.FindingSeverity;
import dev.incident.postmortem.ProfileFormatException;
import dev.incident.postmortem.Rule;
import dev.incident.postmortem.Section;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The profile file format: {@code key: value} lines, {@code #} comments. Stateless. */
public final class ProfileFormat {
    private ProfileFormat() {}

    /** Reads a profile. */
    public static CompletenessProfile parse(String text) {
        Checks.notNull(text, "text");
        List<String> lines = MarkdownReader.splitLines(text);
        String name = null;
        CompletenessProfile base = null;
        List<String> required = null;
        List<String> recommended = null;
        Map<String, Section> declared = new LinkedHashMap<>();
        Map<Rule, Optional<FindingSeverity>> rules = new EnumMap<>(Rule.class);
        Optional<Optional<Period>> due = Optional.empty();
        Optional<Optional<Period>> priorityDue = Optional.empty();
        for (int i = 0; i < lines.size(); i++) {
            int number = i + 1;
            String line = stripComment(lines.get(i)).strip();
            if (line.isEmpty()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new ProfileFormatException(number, "expected \"key: value\", got \"" + line + "\"");
            }
            String key =
                    line.substring(0, colon).strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            String value = line.substring(colon + 1).strip();
            if (key.equals("name")) {
                if (value.isEmpty()) {
                    throw new ProfileFormatException(number, "the name must not be empty");
                }
                name = value;
            } else if (key.equals("extends")) {
                base = CompletenessProfile.named(value)
                        .orElseThrow(() -> new ProfileFormatException(
                                number,
                                "unknown profile \"" + value
                                        + "\"; expected default, google-sre, atlassian or pagerduty"));
            } else if (key.equals("required")) {
                required = list(value);
            } else if (key.equals("recommended")) {
                recommended = list(value);
            } else if (key.equals("section")) {
                int equals = value.indexOf('=');
                String title = (equals < 0 ? value : value.substring(0, equals)).strip();
                if (title.isEmpty()) {
                    throw new ProfileFormatException(
                            number, "a section needs a title: \"section: Title = synonym, ...\"");
                }
                List<String> synonyms = equals < 0 ? List.of() : list(value.substring(equals + 1));
                declared.put(Text.headingKey(title), Section.custom(title, synonyms.toArray(String[]::new)));
            } else if (key.startsWith("rule ")) {
                String id = key.substring(5).strip();
                Rule rule = Rule.fromId(id)
                        .orElseThrow(() -> new ProfileFormatException(number, "unknown rule \"" + id + "\""));
                rules.put(rule, severity(value, number));
            } else if (key.equals("follow-ups due within") || key.equals("follow ups due within")) {
                due = Optional.of(period(value, number));
            } else if (key.equals("priority follow-ups due within") || key.equals("priority follow ups due within")) {
                priorityDue = Optional.of(period(value, number));
            } else {
                throw new ProfileFormatException(number, "unknown key \"" + key + "\"");
            }
        }
        if (name == null) {
            throw new ProfileFormatException(
                    1, "the profile has no \"name:\" line; add one at the top, such as \"name: payments\"");
        }
        CompletenessProfile.Builder builder = CompletenessProfile.builder();
        if (base != null) {
            builder.from(base);
        }
        builder.name(name);
        if (required != null) {
            builder.requiredSections(sections(required, declared));
        }
        if (recommended != null) {
            builder.recommendedSections(sections(recommended, declared));
        }
        Map<Rule, FindingSeverity> severities = new EnumMap<>(Rule.class);
        if (base != null) {
            severities.putAll(base.severities());
        }
        for (Map.Entry<Rule, Optional<FindingSeverity>> rule : rules.entrySet()) {
            if (rule.getValue().isPresent()) {
                severities.put(rule.getKey(), rule.getValue().get());
            } else {
                severities.remove(rule.getKey());
            }
        }
        builder.severities(severities);
        due.ifPresent(builder::followUpDueWithin);
        priorityDue.ifPresent(builder::priorityFollowUpDueWithin);
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw new ProfileFormatException(1, e.getMessage());
        }
    }

    /** Writes a profile so that {@link #parse} reads it back equal. */
    public static String write(CompletenessProfile profile) {
        StringBuilder out = new StringBuilder();
        out.append("name: ").append(profile.name()).append('\n');
        List<Section> custom = new ArrayList<>();
        for (Section section : concat(profile.requiredSections(), profile.recommendedSections())) {
            if (!section.isKnown()) {
                custom.add(section);
            }
        }
        for (Section section : custom) {
            out.append("section: ").append(section.title());
            if (!section.synonyms().isEmpty()) {
                out.append(" = ").append(String.join(", ", section.synonyms()));
            }
            out.append('\n');
        }
        out.append("required: ").append(titles(profile.requiredSections())).append('\n');
        out.append("recommended: ")
                .append(titles(profile.recommendedSections()))
                .append('\n');
        for (Rule rule : Rule.values()) {
            out.append("rule ")
                    .append(rule.id())
                    .append(": ")
                    .append(profile.severity(rule)
                            .map(s -> s.name().toLowerCase(Locale.ROOT))
                            .orElse("off"))
                    .append('\n');
        }
        out.append("follow-ups due within: ")
                .append(profile.followUpDueWithin().map(Period::toString).orElse("none"))
                .append('\n');
        out.append("priority follow-ups due within: ")
                .append(profile.priorityFollowUpDueWithin()
                        .map(Period::toString)
                        .orElse("none"))
                .append('\n');
        return out.toString();
    }

    private static List<Section> concat(List<Section> first, List<Section> second) {
        List<Section> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static String titles(List<Section> sections) {
        return String.join(", ", sections.stream().map(Section::title).toList());
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return hash < 0 ? line : line.substring(0, hash);
    }

    private static List<String> list(String value) {
        List<String> items = new ArrayList<>();
        for (String item : value.split(",")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }

    private static List<Section> sections(List<String> names, Map<String, Section> declared) {
        List<Section> sections = new ArrayList<>();
        for (String name : names) {
            Section section = declared.get(Text.headingKey(name));
            sections.add(section != null ? section : Section.named(name));
        }
        return sections;
    }

    private static Optional<FindingSeverity> severity(String value, int line) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "error" -> Optional.of(FindingSeverity.ERROR);
            case "warning", "warn" -> Optional.of(FindingSeverity.WARNING);
            case "off", "none", "disabled" -> Optional.empty();
            default ->
                throw new ProfileFormatException(
                        line, "unknown severity \"" + value + "\"; expected error, warning or off");
        };
    }

    private static Optional<Period> period(String value, int line) {
        if (value.equalsIgnoreCase("none") || value.equalsIgnoreCase("off")) {
            return Optional.empty();
        }
        return Optional.of(Times.period(value)
                .orElseThrow(() -> new ProfileFormatException(
                        line, "cannot read the period \"" + value + "\"; write 30 days, 4 weeks, 2 months or P30D")));
    }
}
