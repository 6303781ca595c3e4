package dev.kindling.deploy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The checks catch mistakes: each case copies k8s/, deploy/ and docker-compose.yml to a temporary
 * directory, plants one mistake, renders or reads it again and expects a message that names it.
 */
class PlantedMistakesTest {

    @TempDir
    Path copy;

    private final Path root = Repo.root();
    private final ServiceCatalog catalog = ServiceCatalog.load(root);

    @ParameterizedTest(name = "{0}: {5}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            dev  | k8s/base/hub-service.yaml           | containerPort: 8081                       | contianerPort: 8081                       | unknown field spec.template.spec.containers[0].ports[0].contianerPort | a misspelled field (fabric8)
            prod | k8s/base/hub-service.yaml           | containerPort: 8081                       | contianerPort: 8081                       | The field `contianerPort` in the JSON string is not defined         | a misspelled field (official models)
            dev  | k8s/base/startup-service.yaml       | path: /q/health/ready                     | path: /q/health/redy                      | readinessProbe path /q/health/redy is not served by startup-service  | a wrong probe path
            prod | k8s/base/funding-service.yaml       | containerPort: 8083                       | containerPort: 8084                       | containerPort 8084, but funding-service listens on 8083              | a wrong container port
            prod | k8s/base/gateway.yaml               | port: 8080                                | port: 8090                                | startupProbe port 8090, but gateway listens on 8080                  | a wrong probe port
            dev  | k8s/base/networkpolicies.yaml       | app.kubernetes.io/name: hub-service       | app.kubernetes.io/name: hub-servce        | podSelector {app.kubernetes.io/name=hub-servce} matches no pods      | a NetworkPolicy selector that matches nothing
            prod | k8s/overlays/prod/database.yaml     | enablePodAntiAffinity: true               | enablePodAntiAfinity: true                | Unrecognized field "enablePodAntiAfinity"                            | a misspelled CloudNativePG field
            prod | k8s/overlays/prod/database.yaml     | instances: 3                              | instances: "3"                            | Cluster kindling-db (CloudNativePG)                                  | a CloudNativePG field of the wrong type
            prod | k8s/overlays/prod/database.yaml     | name: kindling-db-startup                 | name: kindling-db-start                   | no managed role of Cluster kindling-db uses Secret kindling-db-startup | a role whose Secret the service does not use
            prod | k8s/overlays/prod/kustomization.yaml | KINDLING_JWT_PUBLIC_KEY=                 | KINDLING_JWT_PUBLICKEY=                   | does not set KINDLING_JWT_PUBLIC_KEY                                 | a variable the services read left unset
            dev  | k8s/base/hub-service.yaml           | name: KINDLING_HUB_PORT                   | name: KINDLING_HUB_PROT                   | sets KINDLING_HUB_PROT, which hub-service does not read              | a misspelled variable
            prod | k8s/overlays/prod/scaling/gateway.yaml | maxUnavailable: 1                      | minAvailable: 1                           | minAvailable can block a node drain                                  | a disruption budget that can block a drain
            prod | k8s/base/gateway.yaml               | name: gateway\\n                port:     | name: hub-service\\n                port:  | only the gateway may be reachable from the Ingress                   | an Ingress to a service other than the gateway
            dev  | k8s/base/kustomization.yaml         | KINDLING_HUB_URL=http://hub-service:8081  | KINDLING_HUB_URL=http://hub-service:8080  | names hub-service:8080, which is no Service port of the render         | an upstream URL on the wrong port
            """)
    void kubernetesMistakeIsCaught(String overlay, String file, String from, String to, String expected, String what)
            throws IOException {
        plant(file, from, to);
        Manifests.Rendered rendered =
                Manifests.read(Kubectl.kustomize(copy.resolve("k8s/overlays").resolve(overlay)));
        Problems problems = OverlayChecks.all(overlay, rendered, catalog, Repo.read(root.resolve("docs/DEPLOY.md")));
        assertTrue(problems.mentions(expected), what + " should be reported as '" + expected + "', got:\n" + problems);
    }

    @ParameterizedTest(name = "compose: {3}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            http://127.0.0.1:8082/q/health/ready | http://127.0.0.1:8092/q/health/ready | healthcheck calls port 8092, but startup-service listens on 8082 | a wrong health check port
            "127.0.0.1:8083:8083"                | "127.0.0.1:8083:8084"                | publishes container port 8084, but funding-service listens on 8083 | a wrong published port
            KINDLING_DB_URL: jdbc:postgresql://postgres:5432/kindling | KINDLING_DB_URL: jdbc:postgresql://127.0.0.1:5432/kindling | points at 127.0.0.1, which is no PostgreSQL service | a database URL outside compose
            KINDLING_DB_USER: kindling_hub       | KINDLING_DB_USER: kindling_startup   | schema hub is owned by kindling_hub                               | a service logging in as another service's role
            KINDLING_CORS_ORIGINS:               | KINDLING_CORS_ORIGIN:                | does not set KINDLING_CORS_ORIGINS                                | a variable the gateway reads left unset
            depends_on:\\n      postgres:       | depend_on:\\n      postgres:     | unknown key depend_on                                             | a misspelled key
            condition: service_healthy          | condition: service_started           | must have condition: service_healthy                              | a start that does not wait for health
            SERVICE: hub-service                | SERVICE: startup-service             | build arg SERVICE is startup-service, but must be hub-service      | an image built from another module
            """)
    void composeMistakeIsCaught(String from, String to, String expected, String what) throws IOException {
        plant("docker-compose.yml", from, to);
        Problems problems = ComposeChecks.check(copy, copy.resolve("docker-compose.yml"), catalog);
        assertTrue(problems.mentions(expected), what + " should be reported as '" + expected + "', got:\n" + problems);
    }

    @Test
    void dockerfileMistakesAreCaught() {
        KindlingService hub = catalog.byName("hub-service").orElseThrow();
        String good = Repo.read(root.resolve("Dockerfile"));
        DockerChecks.dockerfile(hub, good).assertNone("Dockerfile as committed, for hub-service");
        assertTrue(DockerChecks.dockerfile(hub, good.replace("EXPOSE ${PORT}", "EXPOSE 8080"))
                .mentions("EXPOSE 8080, but hub-service listens on 8081"));
        assertTrue(DockerChecks.dockerfile(hub, good.replace("ARG PORT", "ARG HTTP_PORT"))
                .mentions("ARG HTTP_PORT is not one the build passes"));
        assertTrue(DockerChecks.dockerfile(hub, good.replace("127.0.0.1:${HEALTH_PORT}", "127.0.0.1:8082"))
                .mentions("HEALTHCHECK calls port 8082, but hub-service listens on 8081"));
        assertTrue(DockerChecks.dockerfile(hub, good.replace("/q/health/ready", "/health"))
                .mentions("HEALTHCHECK path /health is not served"));
        assertTrue(DockerChecks.dockerfile(hub, good.replace("USER 185", "USER root"))
                .mentions("runs as root"));
    }

    @Test
    void plantingOnlyWorksOnTextThatIsThere() {
        var error = org.junit.jupiter.api.Assertions.assertThrows(
                AssertionError.class, () -> plant("docker-compose.yml", "no such text", "x"));
        assertTrue(error.getMessage().contains("no such text"));
    }

    /** Copies the deployment files and replaces the first occurrence of {@code from} (which must be there). */
    private void plant(String file, String from, String to) throws IOException {
        for (String part : new String[] {"k8s", "deploy"}) {
            try (Stream<Path> paths = Files.walk(root.resolve(part))) {
                for (Path p : paths.toList()) {
                    Path target = copy.resolve(root.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
        Files.copy(
                root.resolve("docker-compose.yml"),
                copy.resolve("docker-compose.yml"),
                StandardCopyOption.REPLACE_EXISTING);
        Path target = copy.resolve(file);
        String text = Files.readString(target);
        String needle = from.replace("\\n", "\n");
        if (!text.contains(needle)) {
            throw new AssertionError("the planted mistake needs '" + from + "' in " + file);
        }
        Files.writeString(
                target,
                text.replaceFirst(
                        java.util.regex.Pattern.quote(needle),
                        java.util.regex.Matcher.quoteReplacement(to.replace("\\n", "\n"))));
    }
}
