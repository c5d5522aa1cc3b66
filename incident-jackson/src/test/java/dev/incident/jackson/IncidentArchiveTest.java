package dev.incident.jackson;

import static dev.incident.jackson.Fixtures.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import dev.incident.jackson.IncidentJsonException.Reason;
import dev.incident.lifecycle.Incident;
import dev.incident.lifecycle.RejectionReason;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class IncidentArchiveTest {

    private static byte[] archive(Incident... incidents) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (IncidentArchiveWriter writer = JSON.archiveWriter(out)) {
            for (Incident incident : incidents) {
                writer.write(incident);
            }
            assertThat(writer.written()).isEqualTo(incidents.length);
        }
        return out.toByteArray();
    }

    private static InputStream in(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void should_write_one_line_per_incident_and_read_them_back_when_archiving() throws Exception {
        // GIVEN two incidents written to an archive
        byte[] bytes = archive(Fixtures.walkthrough(), Fixtures.tiny());

        // THEN there are two lines, each a schema-valid document
        String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n", -1);
        assertThat(lines).hasSize(3);
        assertThat(lines[2]).isEmpty();
        SchemaCheck.assertConforms(lines[0]);
        SchemaCheck.assertConforms(lines[1]);

        // WHEN read back as a stream THEN the incidents come back in order
        try (IncidentArchiveReader reader = JSON.archiveReader(new ByteArrayInputStream(bytes), ErrorPolicy.stop())) {
            assertThat(reader.stream()).containsExactly(Fixtures.walkthrough(), Fixtures.tiny());
            assertThat(reader.lineNumber()).isEqualTo(2);
        }
    }

    @Test
    void should_throw_with_the_line_number_when_a_line_is_malformed_and_the_policy_stops() throws Exception {
        // GIVEN a good line, a broken line, a good line
        String good = JSON.writeIncident(Fixtures.tiny());
        String archive = good + "\n{\"format\":\"incident/1\",\n" + good + "\n";

        try (IncidentArchiveReader reader = JSON.archiveReader(in(archive), ErrorPolicy.stop())) {
            // WHEN read THEN the first is returned and the second stops the reading
            assertThat(reader.next()).contains(Fixtures.tiny());
            IncidentJsonException error = Errors.thrownBy(reader::next);
            assertThat(error.line()).hasValue(2);
            assertThat(error.reason()).isEqualTo(Reason.TRUNCATED);
            assertThat(error.getMessage()).startsWith("line 2: truncated at ");
        }
    }

    @Test
    void should_report_and_skip_bad_lines_when_the_policy_skips() throws Exception {
        // GIVEN an archive with a malformed line, an impossible history and blank lines
        String good = JSON.writeIncident(Fixtures.walkthrough());
        String impossible = good.replace("\"type\":\"commander_assigned\"", "\"type\":\"closed\"");
        String archive = good + "\r\n" + "not json\n" + "\n" + impossible + "\n   \n" + good;
        List<IncidentJsonException> errors = new ArrayList<>();

        // WHEN read with the skip policy
        List<Incident> incidents;
        try (IncidentArchiveReader reader = JSON.archiveReader(in(archive), ErrorPolicy.skip(errors::add))) {
            incidents = reader.stream().toList();
            assertThat(reader.skipped()).isEqualTo(2);
        }

        // THEN the good incidents are read and each bad line is reported with its number
        assertThat(incidents).hasSize(2).allMatch(Fixtures.walkthrough()::equals);
        assertThat(errors).extracting(e -> e.line().getAsLong()).containsExactly(2L, 4L);
        assertThat(errors.get(0).reason()).isEqualTo(Reason.MALFORMED_JSON);
        assertThat(errors.get(1).lifecycleReason()).contains(RejectionReason.NOT_PERMITTED_IN_PHASE);
        assertThat(errors.get(1).path()).isEqualTo("/events/1");
    }

    @Test
    void should_skip_an_overlong_line_without_keeping_it_when_reading() throws Exception {
        // GIVEN a line longer than the limit between two good ones
        String good = JSON.writeIncident(Fixtures.tiny());
        byte[] huge = new byte[IncidentJson.MAX_DOCUMENT_LENGTH + 10];
        java.util.Arrays.fill(huge, (byte) 'x');
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write((good + "\n").getBytes(StandardCharsets.UTF_8));
        out.write(huge);
        out.write(("\n" + good).getBytes(StandardCharsets.UTF_8));
        List<IncidentJsonException> errors = new ArrayList<>();

        // WHEN read with the skip policy
        try (IncidentArchiveReader reader =
                JSON.archiveReader(new ByteArrayInputStream(out.toByteArray()), ErrorPolicy.skip(errors::add))) {
            // THEN the overlong line is reported as over the limit and the next line is read
            assertThat(reader.stream().count()).isEqualTo(2);
        }
        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.reason()).isEqualTo(Reason.LIMIT_EXCEEDED);
            assertThat(error.line()).hasValue(2);
        });
    }

    @Test
    void should_surface_a_stop_as_an_unchecked_exception_when_streaming() {
        Stream<Incident> incidents = JSON.archiveReader(in("[]\n"), ErrorPolicy.stop()).stream();

        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(incidents::toList);

        assertThat(thrown).isInstanceOf(UncheckedIOException.class);
        assertThat(thrown.getCause()).isInstanceOf(IncidentJsonException.class);
        assertThat(((IncidentJsonException) thrown.getCause()).line()).hasValue(1);
    }

    @Test
    void should_return_empty_when_the_archive_is_empty() throws Exception {
        try (IncidentArchiveReader reader = JSON.archiveReader(in(""), ErrorPolicy.stop())) {
            assertThat(reader.next()).isEqualTo(Optional.empty());
            assertThat(reader.lineNumber()).isZero();
        }
    }

    @Test
    void should_read_many_incidents_across_buffer_boundaries_when_lines_are_long() throws Exception {
        // GIVEN more than one 64 KiB chunk of lines
        Incident incident = Fixtures.walkthrough();
        Incident[] many = new Incident[100];
        java.util.Arrays.fill(many, incident);
        byte[] bytes = archive(many);
        assertThat(bytes.length).isGreaterThan(64 * 1024 * 2);

        // WHEN read THEN every line is a whole incident
        try (IncidentArchiveReader reader = JSON.archiveReader(new ByteArrayInputStream(bytes), ErrorPolicy.stop())) {
            assertThat(reader.stream().filter(incident::equals).count()).isEqualTo(100);
        }
    }
}
