package dev.incident.cli;

import dev.incident.cli.findings.ToolInfo;
import picocli.CommandLine.IVersionProvider;

/** {@code incident --version}: the tool's version from the build, and the Java it runs on. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        ToolInfo tool = ToolInfo.current();
        return new String[] {
            tool.name() + " " + tool.version(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
        };
    }
}
