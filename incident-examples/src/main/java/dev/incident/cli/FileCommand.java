package dev.incident.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The base of every command that reads files: the {@code FILE...} parameters ({@code -} reads
 * standard input), {@code --verbose}, and {@link #forEachFile}, which reads the files in parallel
 * on a bounded pool and returns results in the order the files were given.
 *
 * <p>A command that turns files into findings extends {@link FileCheckingCommand} instead; one that
 * prints something else (a rendered document, a table) extends this class and implements {@link
 * #call()}. Instances are created by picocli for one run and are not thread-safe; the task given to
 * {@link #forEachFile} runs on several threads at once.
 */
public abstract class FileCommand implements java.util.concurrent.Callable<Integer> {
    private static final int MAX_THREADS = 8;

    /** The command's model, injected by picocli. */
    @Spec
    protected CommandSpec spec;

    @Parameters(
            paramLabel = "FILE",
            arity = "1..*",
            description = "Files to read; '-' reads standard input. A file named twice is read once.")
    private List<String> files = new ArrayList<>();

    @Option(names = "--verbose", description = "On an error, print the stack trace too.")
    private boolean verbose;

    /** Creates the command; picocli fills in its fields. */
    protected FileCommand() {}

    /**
     * Work done on one file. May run on several threads at once, so it must be thread-safe.
     *
     * @param <T> the result of one file
     */
    @FunctionalInterface
    protected interface FileTask<T> {
        /**
         * Processes one file.
         *
         * @param file the file, read and decoded
         * @return the result for this file
         * @throws InputException if the file's content cannot be processed at all
         */
        T apply(SourceFile file);
    }

    /**
     * The files named on the command line, without repeats, in the order given; {@code -} appears
     * as {@link SourceFile#STDIN}.
     *
     * @return the display names of the files
     */
    protected final List<String> fileNames() {
        return distinctArguments().stream()
                .map(name -> name.equals("-") ? SourceFile.STDIN : name)
                .toList();
    }

    /**
     * Reads every file and applies {@code task} to it, on up to eight threads, and returns the
     * results in the order the files were given. Shows progress on standard error when a person is
     * watching and there is more than one file.
     *
     * @param <T> the result of one file
     * @param task the work for one file; must be thread-safe
     * @return one result per file, in input order
     * @throws InputException for the first file (in input order) that cannot be read or processed
     */
    protected final <T> List<T> forEachFile(FileTask<T> task) {
        List<String> arguments = distinctArguments();
        SourceFile stdin = arguments.contains("-") ? readStdin() : null;
        Progress progress = new Progress(
                spec.commandLine().getErr(), environment().interactive() && arguments.size() > 1, spec.qualifiedName());
        int threads = Math.min(
                arguments.size(), Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), daemonThreads());
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (String argument : arguments) {
                futures.add(pool.submit(() -> task.apply(
                        argument.equals("-")
                                ? stdin
                                : SourceFile.read(argument, environment().workingDirectory()))));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(await(future));
                progress.advance(results.size(), arguments.size());
            }
            return results;
        } finally {
            pool.shutdownNow();
            progress.clear();
        }
    }

    /**
     * The writer for the command's output (standard output).
     *
     * @return the output writer
     */
    protected final PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /**
     * The process around the tool: standard input, interactivity, working directory.
     *
     * @return the environment given to {@link IncidentCli}, or the real process's
     */
    protected final CliEnvironment environment() {
        Object root = spec.root().userObject();
        return root instanceof IncidentCli cli ? cli.environment() : CliEnvironment.system();
    }

    private List<String> distinctArguments() {
        return List.copyOf(new LinkedHashSet<>(files));
    }

    private SourceFile readStdin() {
        try {
            return SourceFile.decode(SourceFile.STDIN, environment().stdin().readAllBytes());
        } catch (IOException e) {
            throw new InputException(SourceFile.STDIN, "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading files", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "incident-files-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
