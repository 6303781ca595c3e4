package dev.kindling.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads, at check time, what each service module's configuration needs: its own
 * {@code application.properties} and, when it depends on kindling-common-persistence, the services'
 * shared defaults in its {@code META-INF/microprofile-config.properties}. Keys only for the dev or test profile are not
 * read in a deployment and are left out.
 */
final class ServiceCatalog {
    /** The gateway's public address as clients reach it: a URL outside the deployment, not a service link. */
    static final String PUBLIC_URL = "KINDLING_PUBLIC_URL";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([^}]*))?}");
    private static final Pattern HTTP_PORT =
            Pattern.compile("(?m)^quarkus\\.http\\.port\\s*=\\s*\\$\\{([A-Z][A-Z0-9_]*):(\\d+)}\\s*$");
    private static final Pattern SCHEMA = Pattern.compile(
            "(?m)^quarkus\\.datasource\\.jdbc\\.additional-jdbc-properties\\.currentSchema\\s*=\\s*(\\S+)\\s*$");
    private static final String COMMON_CONFIG =
            "common-persistence/src/main/resources/META-INF/microprofile-config.properties";
    private static final String APP_CONFIG = "src/main/resources/application.properties";

    private final Map<String, KindlingService> services;

    private ServiceCatalog(Map<String, KindlingService> services) {
        this.services = services;
    }

    /** Every module of the root pom that is a Quarkus application (has the Quarkus plugin and a config). */
    static ServiceCatalog load(Path root) {
        Map<String, KindlingService> services = new LinkedHashMap<>();
        for (String module : Repo.modules()) {
            Path dir = root.resolve(module);
            Path pom = dir.resolve("pom.xml");
            if (Files.exists(pom)
                    && Repo.read(pom).contains("<artifactId>quarkus-maven-plugin</artifactId>")
                    && Files.exists(dir.resolve(APP_CONFIG))) {
                services.put(module, read(root, module));
            }
        }
        return new ServiceCatalog(services);
    }

    static KindlingService read(Path root, String module) {
        String pom = Repo.read(root.resolve(module).resolve("pom.xml"));
        String appConfig = Repo.read(root.resolve(module).resolve(APP_CONFIG));
        Map<String, KindlingService.Variable> reads = new TreeMap<>();
        if (pom.contains("<artifactId>kindling-common-persistence</artifactId>")) {
            collectVariables(Repo.read(root.resolve(COMMON_CONFIG)), COMMON_CONFIG, reads);
        }
        collectVariables(appConfig, module + "/" + APP_CONFIG, reads);
        Matcher port = HTTP_PORT.matcher(appConfig);
        if (!port.find()) {
            throw new IllegalStateException(module + "/" + APP_CONFIG
                    + " must set quarkus.http.port=${KINDLING_<NAME>_PORT:<port>} for the deployment checks");
        }
        Matcher schema = SCHEMA.matcher(appConfig);
        return new KindlingService(
                module,
                Integer.parseInt(port.group(2)),
                port.group(1),
                reads,
                schema.find() ? Optional.of(schema.group(1)) : Optional.empty(),
                pom.contains("<artifactId>quarkus-smallrye-health</artifactId>"));
    }

    /** Adds every {@code ${VAR...}} of the properties text, skipping keys of the dev and test profiles. */
    static void collectVariables(String properties, String source, Map<String, KindlingService.Variable> into) {
        for (String line : logicalLines(properties)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
                continue;
            }
            if (trimmed.startsWith("%dev.") || trimmed.startsWith("%test.") || trimmed.startsWith("%dev,")) {
                continue;
            }
            Matcher m = PLACEHOLDER.matcher(trimmed);
            while (m.find()) {
                into.putIfAbsent(m.group(1), new KindlingService.Variable(source, m.group(2)));
            }
        }
    }

    private static List<String> logicalLines(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\\R")) {
            if (line.endsWith("\\")) {
                current.append(line, 0, line.length() - 1);
            } else {
                lines.add(current.append(line).toString());
                current.setLength(0);
            }
        }
        if (current.length() > 0) {
            lines.add(current.toString());
        }
        return lines;
    }

    Collection<KindlingService> all() {
        return services.values();
    }

    Optional<KindlingService> byName(String name) {
        return Optional.ofNullable(services.get(name));
    }

    /** The service whose image this is ({@code [registry/]kindling/<module>[:tag]}). */
    Optional<KindlingService> byImage(String image) {
        String repository = image.replaceFirst("[:@].*$", "");
        return services.values().stream()
                .filter(s -> repository.equals(s.image()) || repository.endsWith("/" + s.image()))
                .findFirst();
    }

    /** Whether any service reads this variable. */
    boolean anyReads(String variable) {
        return services.values().stream().anyMatch(s -> s.reads(variable));
    }
}
