package dev.incident.cli;

import dev.incident.lint.BlamelessLinter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code --people NAME,...} option of {@code lint} and {@code check}: names of the incident's
 * participants, which the blameless linter then treats as people wherever they appear. Builds the
 * linter once per run; {@link #linter()} is thread-safe, so the commands may call it from every file
 * task.
 */
final class PeopleOption {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(
            names = "--people",
            split = ",",
            paramLabel = "NAME",
            description = "Participants' names or @handles, comma-separated (may be repeated); the"
                    + " linter counts them as people, even at the start of a sentence.")
    private List<String> people = new ArrayList<>();

    private BlamelessLinter linter;

    /**
     * Whether names were given.
     *
     * @return {@code true} if {@code --people} named at least one person
     */
    boolean given() {
        return people.stream().anyMatch(name -> !name.isBlank());
    }

    /**
     * The linter: the default one, plus the participants if {@code --people} was given.
     *
     * @return the linter for this run
     * @throws ParameterException if a name is not one the linter accepts
     */
    synchronized BlamelessLinter linter() {
        if (linter == null) {
            List<String> names = people.stream()
                    .map(String::strip)
                    .filter(name -> !name.isEmpty())
                    .toList();
            try {
                linter = names.isEmpty()
                        ? BlamelessLinter.withDefaults()
                        : BlamelessLinter.builder().participants(names).build();
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--people: " + e.getMessage(), e);
            }
        }
        return linter;
    }
}
