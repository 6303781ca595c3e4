package dev.kindling.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every service module has a JVM-mode Dockerfile that agrees with its code, and the context is a whitelist. */
class DockerfilesTest {

    private final Path root = Repo.root();
    private final ServiceCatalog catalog = ServiceCatalog.load(root);

    @Test
    void everyServiceHasAGoodDockerfile() {
        Problems problems = new Problems();
        for (KindlingService s : catalog.all()) {
            Path dockerfile = root.resolve(s.name()).resolve("Dockerfile");
            if (!Files.exists(dockerfile)) {
                problems.add("%s has no Dockerfile", s.name());
                continue;
            }
            problems.addAll(DockerChecks.dockerfile(s, Repo.read(dockerfile)));
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
