package dev.kindling.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kindling.common.testing.TestTokens;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dashboard in a real browser: Playwright ({@code dashboard/e2e}) drives Debian's Chromium against
 * the packaged suite started here on the demo data, with tokens from {@link TestTokens}. Reads, role
 * checks and accessibility first, then writes, then startup-service is stopped (its process id is
 * handed over) to see the dashboard say so. Screenshots go to {@code target/screenshots}, or to the
 * folder named by {@code -Dkindling.screenshots} (docs/screenshots to refresh the README's).
 */
class DashboardBrowserTest {
    private static final Path DASHBOARD =
            Path.of("..", "dashboard").toAbsolutePath().normalize();
    private static final Path CHROMIUM = Path.of(System.getProperty("kindling.chromium", "/usr/bin/chromium"));

    private static RunningSuite suite;

    @BeforeAll
    static void start() throws InterruptedException {
        assertTrue(
                Files.isExecutable(CHROMIUM),
                CHROMIUM + " is missing: install Debian's Chromium (apt-get install chromium), as .ci/run does");
        assertTrue(
                Files.isDirectory(DASHBOARD.resolve("node_modules/@playwright/test")),
                "dashboard/node_modules is missing: run the whole build (./mvnw verify)");
        suite = RunningSuite.start();
        warmUp(new Gateway(suite.gateway()));
    }

    /**
     * Freshly started services answer their first calls slowly; the read models would mark those parts
     * unavailable (after 3 s). The views are tested on a warm suite, the outage on purpose.
     */
    private static void warmUp(Gateway gateway) throws InterruptedException {
        String scoreboard = "/api/v1/programs/00000000-0000-7000-8000-000000000201/scoreboard";
        for (int attempt = 0; attempt < 30; attempt++) {
            Gateway.Answer answer = gateway.get(TestTokens.manager(), scoreboard);
            if (answer.status() == 200 && !answer.raw().body().contains("UNAVAILABLE")) {
                gateway.get(TestTokens.manager(), "/api/v1/portfolio");
                return;
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("the scoreboard still had unavailable parts after 30 tries");
    }

    @AfterAll
    static void stop() {
        if (suite != null) {
            suite.close();
        }
    }

    @Test
    void everyViewShowsTheApisFiguresToEachRoleAndSurvivesAServiceGoingDown() throws Exception {
        Path screenshots = Path.of(System.getProperty("kindling.screenshots", "target/screenshots"))
                .toAbsolutePath();
        // Playwright's report goes to a file, then into the test's output (the forked JVM's own
        // standard output is surefire's channel).
        Path log = Path.of("target", "playwright.log").toAbsolutePath();
        ProcessBuilder playwright = new ProcessBuilder(List.of("npx", "--no-install", "playwright", "test"))
                .directory(DASHBOARD.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        playwright
                .environment()
                .putAll(Map.of(
                        "KINDLING_BASE_URL", suite.gateway().toString(),
                        "KINDLING_TOKEN_MANAGER", TestTokens.manager(),
                        "KINDLING_TOKEN_VIEWER", TestTokens.viewer(),
                        "KINDLING_TOKEN_PARTNER_SG", TestTokens.partner("SG"),
                        "KINDLING_PID_STARTUP", Long.toString(suite.pid("startup-service")),
                        "KINDLING_SCREENSHOT_DIR", screenshots.toString(),
                        "KINDLING_CHROMIUM", CHROMIUM.toString(),
                        "PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1",
                        "CI", "true"));
        Process run = playwright.start();
        boolean finished = run.waitFor(20, TimeUnit.MINUTES);
        if (!finished) {
            run.destroyForcibly();
        }
        System.out.println(Files.readString(log));
        assertTrue(finished, "the browser tests did not finish in 20 minutes");
        assertEquals(0, run.exitValue(), "browser tests failed (their report is above; traces in dashboard/target)");
        assertTrue(Files.isRegularFile(screenshots.resolve("scoreboard.png")), "no screenshot in " + screenshots);
    }
}
