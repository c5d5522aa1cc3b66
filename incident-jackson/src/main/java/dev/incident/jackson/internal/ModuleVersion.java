package dev.incident.jackson.internal;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The module's version, from {@code version.properties}, which Maven fills in with the project
 * version at build time (the role of Jackson's generated {@code PackageVersion}).
 */
public final class ModuleVersion {
    /** The version of this build, such as {@code 0.1.0-SNAPSHOT}. */
    public static final Version VERSION = load();

    private ModuleVersion() {}

    private static Version load() {
        Properties properties = new Properties();
        try (InputStream in = ModuleVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return Version.unknownVersion();
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the module version", e);
        }
        return VersionUtil.parseVersion(properties.getProperty("version", ""), "dev.incident", "incident-jackson");
    }
}
