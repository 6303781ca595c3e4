package dev.kindling.hub.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The sender's SSRF guard, outside development (loopback refused) and in it. */
class DestinationsTest {
    @Test
    void refusesEveryInternalDestination() {
        List<String> refused = List.of(
                "https://127.0.0.1/hook",
                "https://localhost/hook",
                "https://10.0.0.8/hook",
                "https://172.16.5.4/hook",
                "https://172.31.255.255/hook",
                "https://192.168.1.1/hook",
                "https://169.254.169.254/latest/meta-data/",
                "https://100.64.0.1/hook",
                "https://0.0.0.0/hook",
                "https://255.255.255.255/hook",
                "https://224.0.0.1/hook",
                "https://[::1]/hook",
                "https://[fd00::1]/hook",
                "https://[fe80::1]/hook",
                "https://[::ffff:10.0.0.1]/hook",
                "https://[::ffff:169.254.169.254]/hook",
                "https://[::]/hook",
                "http://93.184.216.34/hook",
                "ftp://93.184.216.34/hook",
                "https://user:pass@93.184.216.34/hook",
                "https://93.184.216.34/hook#part",
                "/relative/hook",
                "https://no-such-host.invalid/hook");
        for (String url : refused) {
            Optional<String> problem = Destinations.problem(URI.create(url), false);
            assertTrue(problem.isPresent(), url + " must be refused");
        }
    }

    @Test
    void acceptsPublicHttpsAndLoopbackOnlyInDevelopment() {
        assertEquals(Optional.empty(), Destinations.problem(URI.create("https://93.184.216.34/hook"), false));
        assertEquals(Optional.empty(), Destinations.problem(URI.create("https://[2606:4700::1111]/hook"), false));
        assertEquals(Optional.empty(), Destinations.problem(URI.create("http://127.0.0.1:9/hook"), true));
        assertEquals(Optional.empty(), Destinations.problem(URI.create("http://localhost:9/hook"), true));
        assertTrue(Destinations.problem(URI.create("http://127.0.0.1:9/hook"), false)
                .isPresent());
        // development allows loopback only: private networks stay refused
        assertTrue(
                Destinations.problem(URI.create("https://10.0.0.8/hook"), true).isPresent());
        assertTrue(Destinations.problem(URI.create("https://169.254.169.254/"), true)
                .isPresent());
    }

    @Test
    void backoffGrowsToItsCapWithJitterWithinEachStep() {
        long previousStep = 0;
        for (int attempt = 1; attempt <= 20; attempt++) {
            long step = Backoff.step(attempt, 30_000, 6 * 3_600_000);
            assertTrue(step >= previousStep, "steps never shrink");
            assertTrue(step <= 6 * 3_600_000, "steps stay under the cap");
            for (int i = 0; i < 50; i++) {
                long delay = Backoff.after(attempt, java.time.Duration.ofSeconds(30), java.time.Duration.ofHours(6))
                        .toMillis();
                assertTrue(delay >= step / 2 && delay <= step, attempt + ": " + delay + " outside [step/2, step]");
            }
            previousStep = step;
        }
        assertEquals(30_000, Backoff.step(1, 30_000, 6 * 3_600_000));
        assertEquals(6 * 3_600_000, Backoff.step(20, 30_000, 6 * 3_600_000));
    }
}
