package dev.incident.cli;

/** Small hand-made incident documents for tests of what the commands do with bad input. */
final class IncidentJsonLines {
    private IncidentJsonLines() {}

    /** A compact document with one {@code declared} event (SEV3, declared by priya). */
    static String declared(String id, String at) {
        return "{\"format\":\"incident/1\",\"id\":\"" + id + "\",\"events\":[{\"type\":\"declared\",\"at\":\"" + at
                + "\",\"id\":\"" + id + "\",\"title\":\"Login page slow\",\"severity\":{\"label\":\"SEV3\",\"rank\":3},"
                + "\"declared_by\":\"priya\"}]}";
    }
}
