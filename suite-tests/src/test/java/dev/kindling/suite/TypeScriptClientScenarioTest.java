package dev.kindling.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kindling.common.testing.TestTokens;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The TypeScript client, generated from the committed document and compiled with {@code tsc --strict}
 * (module clients/typescript), runs a program office's scenario against the real suite: the script
 * {@code clients/typescript/scenario/scenario.ts} (hub → … → disbursement → scoreboard, ETags and
 * Locations read from the typed answers) must end with exit code 0.
 */
class TypeScriptClientScenarioTest extends AgainstTheSuite {

    @Test
    void aProgramOfficeRunsItsProgramThroughTheTypeScriptClient() throws IOException, InterruptedException {
        Path script = Path.of(System.getProperty("user.dir"))
                .resolveSibling("clients")
                .resolve("typescript/target/test/scenario/scenario.js");
        assertTrue(Files.isRegularFile(script), script + " is built by the clients/typescript module's tests");
        Path output = Files.createTempFile("ts-scenario", ".log");
        ProcessBuilder node = new ProcessBuilder("node", script.toString())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        String gateway = suite.gateway().toString();
        node.environment()
                .put("KINDLING_URL", gateway.endsWith("/") ? gateway.substring(0, gateway.length() - 1) : gateway);
        node.environment().put("KINDLING_ADMIN_TOKEN", TestTokens.admin());
        node.environment().put("KINDLING_MANAGER_TOKEN", TestTokens.manager());
        Process run = node.start();
        boolean ended = run.waitFor(3, TimeUnit.MINUTES);
        if (!ended) {
            run.destroyForcibly();
        }
        String log = Files.readString(output, StandardCharsets.UTF_8);
        System.out.println(log);
        assertTrue(ended, "the scenario ended within 3 minutes:\n" + log);
        assertEquals(0, run.exitValue(), log);
        assertTrue(log.contains("TypeScript scenario passed"), log);
    }
}
