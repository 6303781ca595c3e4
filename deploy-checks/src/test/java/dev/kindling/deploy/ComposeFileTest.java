package dev.kindling.deploy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docker-compose.yml agrees with the code and with deploy/postgres. */
class ComposeFileTest {

    @Test
    void composeFileAgreesWithTheCode() {
        Path root = Repo.root();
        ComposeChecks.check(root, root.resolve("docker-compose.yml"), ServiceCatalog.load(root))
                .assertNone("docker-compose.yml");
    }
}
