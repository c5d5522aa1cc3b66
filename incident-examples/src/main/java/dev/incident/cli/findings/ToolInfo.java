package dev.incident.cli.findings;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Properties;

/**
 * The tool's name, version and home page, as {@code --version}, the JSON report and SARIF's
 * {@code tool.driver} show them. {@link #current()} reads them from the {@code version.properties}
 * resource that the build fills in.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the tool's name, {@code incident}
 * @param version the tool's version, such as {@code 0.1.0}
 * @param informationUri the tool's home page
 */
public record ToolInfo(String name, String version, String informationUri) {

    private static final String RESOURCE = "/dev/incident/cli/version.properties";

    /**
     * Checks the values.
     *
     * @throws NullPointerException if any argument is null
     */
    public ToolInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(informationUri, "informationUri");
    }

    /**
     * The running tool, read from the build-generated {@code version.properties} resource.
     *
     * @return the tool's info
     * @throws IllegalStateException if the resource is missing or was not filled in by the build
     */
    public static ToolInfo current() {
        Properties properties = new Properties();
        try (InputStream in = ToolInfo.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        String version = properties.getProperty("version", "");
        if (version.isBlank() || version.contains("${")) {
            throw new IllegalStateException(RESOURCE + " was not filled in by the build: version=" + version);
        }
        return new ToolInfo("incident", version, properties.getProperty("informationUri", ""));
    }
}
