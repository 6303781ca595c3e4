package dev.kindling.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one JVM-mode Dockerfile agrees with every service module it builds, and the context is a whitelist. */
class DockerfilesTest {

    private final Path root = Repo.root();
    private final ServiceCatalog catalog = ServiceCatalog.load(root);

    @Test
    void theOneDockerfileBuildsEveryServiceWell() {
        Problems problems = new Problems();
        String dockerfile = Repo.read(root.resolve("Dockerfile"));
        for (KindlingService s : catalog.all()) {
            problems.addAll(DockerChecks.dockerfile(s, dockerfile));
            if (Files.exists(root.resolve(s.name()).resolve("Dockerfile"))) {
                problems.add("%s has a Dockerfile of its own; the root Dockerfile builds every module", s.name());
            }
        }
        problems.assertNone("Dockerfiles");
        assertEquals(4, catalog.all().size(), "hub-service, startup-service, funding-service and gateway");
    }

    @Test
    void dockerignoreLetsInOnlyThePrebuiltApps() {
        List<String> patterns = DockerChecks.patterns(root.resolve(".dockerignore"));
        assertTrue(List.of("*", "**").contains(patterns.get(0)), ".dockerignore starts by excluding everything");
        for (KindlingService s : catalog.all()) {
            for (String layer : List.of(
                    "lib/main/a.jar",
                    "quarkus-run.jar",
                    "app/" + s.name() + ".jar",
                    "quarkus/generated-bytecode.jar")) {
                assertTrue(
                        DockerChecks.included(patterns, s.name() + "/target/quarkus-app/" + layer),
                        s.name() + " " + layer);
            }
            for (String out :
                    List.of("src/main/resources/application.properties", "target/classes/A.class", "pom.xml")) {
                assertFalse(DockerChecks.included(patterns, s.name() + "/" + out), s.name() + "/" + out);
            }
        }
        for (String out : List.of(
                ".git/HEAD",
                ".kindling/keys/private.pem",
                "pom.xml",
                "k8s/base/kustomization.yaml",
                "common/target/x.jar")) {
            assertFalse(DockerChecks.included(patterns, out), out);
        }
    }
}
