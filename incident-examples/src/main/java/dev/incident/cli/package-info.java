/**
 * The {@code incident} command-line tool: {@link dev.incident.cli.IncidentCli} is the entry point
 * (the jar's main class) and the top command; each subcommand is its own class.
 *
 * <p>A command that checks files extends {@link dev.incident.cli.FileCheckingCommand} (files,
 * {@code --format}, {@code --fail-on}, {@code --verbose}, parallel reading, exit codes) and only
 * maps one {@link dev.incident.cli.SourceFile} to {@link dev.incident.cli.findings.CliFinding}s; a
 * command that reads files and prints something else extends {@link
 * dev.incident.cli.FileCommand}. Input problems are {@link dev.incident.cli.InputException}s,
 * reported as one line on standard error with exit code {@link dev.incident.cli.ExitCode#USAGE}.
 */
@NullMarked
package dev.incident.cli;

import org.jspecify.annotations.NullMarked;
