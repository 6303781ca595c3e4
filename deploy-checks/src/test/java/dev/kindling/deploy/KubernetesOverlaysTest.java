package dev.kindling.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Renders each overlay of k8s/ offline and checks every object, and the whole, against the code. */
class KubernetesOverlaysTest {
    static final String[] OVERLAYS = {"dev", "prod"};

    @ParameterizedTest(name = "k8s/overlays/{0}")
    @FieldSource("OVERLAYS")
    void overlayRendersValidAndAgreesWithTheCode(String overlay) {
        Path root = Repo.root();
        Manifests.Rendered rendered =
                Manifests.read(Kubectl.kustomize(root.resolve("k8s/overlays").resolve(overlay)));

        OverlayChecks.all(overlay, rendered, ServiceCatalog.load(root), Repo.read(root.resolve("docs/DEPLOY.md")))
                .assertNone("k8s/overlays/" + overlay);
        assertTrue(rendered.objects().size() > 20, "the render holds the whole suite");
    }

    /** The overlays the test above renders are exactly the ones in k8s/overlays (it was parameterised for nothing). */
    @Test
    void everyOverlayIsCheckedHere() throws Exception {
        try (var dirs = Files.list(Repo.root().resolve("k8s/overlays"))) {
            assertEquals(
                    List.of(OVERLAYS),
                    dirs.map(d -> d.getFileName().toString()).sorted().toList(),
                    "a new overlay needs its expectations in OverlayChecks and a case in OVERLAYS");
        }
    }
}
