package dev.incident.postmortem;

/**
 * A place in a Markdown document, 1-based, as an editor shows it. Immutable and thread-safe.
 *
 * @param line the line, from 1
 * @param column the column, from 1
 */
public record Position(int line, int column) implements Comparable<Position> {
    /**
     * Creates a position.
     *
     * @throws IllegalArgumentException if {@code line} or {@code column} is below 1
     */
    public Position {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column start at 1, got " + line + ":" + column);
        }
    }

    /**
     * Returns the position at the start of {@code line}.
     *
     * @throws IllegalArgumentException if {@code line} is below 1
     */
    public static Position line(int line) {
        return new Position(line, 1);
    }

    @Override
    public int compareTo(Position other) {
        return line != other.line ? Integer.compare(line, other.line) : Integer.compare(column, other.column);
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
