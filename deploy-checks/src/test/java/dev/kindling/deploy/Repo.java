package dev.kindling.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The repository the checks run in: its root, its modules and its version, read from the root pom. */
final class Repo {

    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
    private static final Pattern PARENT_VERSION =
            Pattern.compile("<artifactId>kindling-parent</artifactId>\\s*<version>([^<]+)</version>");

    private Repo() {}

    static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.exists(dir.resolve("mvnw")) && Files.exists(dir.resolve("deploy-checks"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException(
                "not inside the Kindling repository: " + Path.of("").toAbsolutePath());
    }

    static List<String> modules() {
        Matcher m = MODULE.matcher(read(root().resolve("pom.xml")));
        List<String> modules = new ArrayList<>();
        while (m.find()) {
            modules.add(m.group(1).trim());
        }
        return modules;
    }

    static String version() {
        Matcher m = PARENT_VERSION.matcher(read(root().resolve("pom.xml")));
        if (!m.find()) {
            throw new IllegalStateException("no kindling-parent version in the root pom.xml");
        }
        return m.group(1).trim();
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
