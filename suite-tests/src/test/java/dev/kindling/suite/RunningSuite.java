package dev.kindling.suite;

import dev.kindling.common.testing.PostgresTestDatabase;
import dev.kindling.common.testing.TestTokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The four packaged services (their {@code target/quarkus-app}), started as separate processes on free
 * ports against one freshly created database with the demo data, verifying tokens from {@link
 * TestTokens}. The services call each other through the gateway, as by default.
 */
final class RunningSuite implements AutoCloseable {
    private static final List<String> SERVICES =
            List.of("hub-service", "startup-service", "funding-service", "gateway");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);

    private final PostgresTestDatabase database = new PostgresTestDatabase("kindling_suite");
    private final OtlpReceiver traces = new OtlpReceiver();
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final List<Process> processes = new ArrayList<>();
    /** Each start logs to its own folder, so a later test class does not overwrite an earlier one's logs. */
    private static final java.util.concurrent.atomic.AtomicInteger RUNS =
            new java.util.concurrent.atomic.AtomicInteger();

    private static final java.util.concurrent.atomic.AtomicInteger RESTARTS =
            new java.util.concurrent.atomic.AtomicInteger();

    private Path logs;

    /**
     * Starts the suite; once more on fresh ports when a service could not bind the free port it was
     * given (another process on the machine took it between the check and the start).
     */
    static RunningSuite start() {
        try {
            return attempt();
        } catch (PortTaken e) {
            return attempt();
        }
    }

    private static RunningSuite attempt() {
        RunningSuite suite = new RunningSuite();
        try {
            suite.launch();
            return suite;
        } catch (RuntimeException | Error e) {
            suite.close();
            throw e;
        }
    }

    /** A service stopped while starting because its port was taken. */
    private static final class PortTaken extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        PortTaken(String message) {
            super(message);
        }
    }

    /** The spans every service exported: tracing is on in the suite, sent to this receiver. */
    OtlpReceiver traces() {
        return traces;
    }

    URI gateway() {
        return URI.create("http://localhost:" + ports.get("gateway"));
    }

    /** A connection to the suite's database, for tests that read what was (not) written. */
    java.sql.Connection connect() throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
    }

    /** The process id of one service, so that a test can stop it (tests that do, run last). */
    long pid(String service) {
        return processes.get(SERVICES.indexOf(service)).pid();
    }

    private void launch() {
        Path root = Path.of("..").toAbsolutePath().normalize();
        for (String service : SERVICES) {
            Path jar = root.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(
                        jar + " is missing: run the whole build (./mvnw verify), not this module alone");
            }
            ports.put(service, freePort());
        }
        database.create();
        logs = Path.of("target", "suite-logs", "run-" + RUNS.incrementAndGet());
        try {
            Files.createDirectories(logs);
            for (String service : SERVICES) {
                processes.add(spawn(service, service + ".log", Map.of()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String service : SERVICES) {
            awaitReady(service);
        }
    }

    private Process spawn(String service, String log, Map<String, String> extra) throws IOException {
        Path jar = Path.of("..")
                .toAbsolutePath()
                .normalize()
                .resolve(service)
                .resolve("target/quarkus-app/quarkus-run.jar");
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx256m",
                        "-jar",
                        jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(logs.resolve(log).toFile());
        builder.environment().putAll(environment(service));
        builder.environment().putAll(extra);
        return builder.start();
    }

    /**
     * Stops one service (with SIGKILL when {@code kill}, so nothing runs on the way out; else as an
     * orchestrator stops it) and starts it again on the same port with this extra environment; returns
     * once it is ready. Its log goes to a file of its own ({@code <service>-<n>.log}).
     */
    void restart(String service, boolean kill, Map<String, String> extra) {
        stop(service, kill);
        start(service, extra);
    }

    /** Stops one service and waits until it is gone (tests that do, start it again before they end). */
    void stop(String service, boolean kill) {
        Process old = processes.get(SERVICES.indexOf(service));
        try {
            if (kill) {
                old.destroyForcibly();
            } else {
                old.destroy();
            }
            if (!old.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                old.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Starts a stopped service again on its port, with this extra environment; returns once it is ready. */
    void start(String service, Map<String, String> extra) {
        try {
            processes.set(
                    SERVICES.indexOf(service),
                    spawn(service, service + "-" + RESTARTS.incrementAndGet() + ".log", extra));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitReady(service);
    }

    private Map<String, String> environment(String service) {
        Map<String, String> env = new HashMap<>();
        env.put("KINDLING_DB_URL", database.jdbcUrl());
        env.put("KINDLING_DB_USER", database.user());
        env.put("KINDLING_DB_PASSWORD", database.password());
        env.putAll(Map.of(
                "KINDLING_JWT_ISSUER",
                TestTokens.config().get("mp.jwt.verify.issuer"),
                "KINDLING_JWT_PUBLIC_KEY",
                TestTokens.config().get("mp.jwt.verify.publickey.location"),
                "KINDLING_DEMO",
                "true",
                "KINDLING_LOG_JSON",
                "false"));
        String portVariable =
                switch (service) {
                    case "hub-service" -> "KINDLING_HUB_PORT";
                    case "startup-service" -> "KINDLING_STARTUP_PORT";
                    case "funding-service" -> "KINDLING_FUNDING_PORT";
                    default -> "KINDLING_GATEWAY_PORT";
                };
        env.put(portVariable, Integer.toString(ports.get(service)));
        env.put("KINDLING_OTLP_ENDPOINT", traces.endpoint().toString());
        env.put("QUARKUS_OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf");
        env.put("QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "100ms");
        if (service.equals("gateway")) {
            env.put("KINDLING_HUB_URL", "http://localhost:" + ports.get("hub-service"));
            env.put("KINDLING_STARTUP_URL", "http://localhost:" + ports.get("startup-service"));
            env.put("KINDLING_FUNDING_URL", "http://localhost:" + ports.get("funding-service"));
        } else {
            String viaGateway = "http://localhost:" + ports.get("gateway");
            env.put("KINDLING_HUB_URL", viaGateway);
            env.put("KINDLING_STARTUP_URL", viaGateway);
            env.put("KINDLING_FUNDING_URL", viaGateway);
        }
        if (service.equals("hub-service")) {
            env.put("KINDLING_GATEWAY_URL", "http://localhost:" + ports.get("gateway"));
            env.put("KINDLING_JWT_PRIVATE_KEY", TestTokens.PRIVATE_KEY.toString());
            env.put("KINDLING_WEBHOOKS_ALLOW_LOOPBACK", "true");
            env.put("KINDLING_WEBHOOKS_RETRY_BASE", "200ms");
            env.put("KINDLING_WEBHOOKS_RETRY_CAP", "1s");
        }
        return env;
    }

    private void awaitReady(String service) {
        HttpClient http = HttpClient.newHttpClient();
        URI ready = URI.create("http://localhost:" + ports.get(service) + "/q/health/ready");
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        Process process = processes.get(SERVICES.indexOf(service));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                Path log = logs.resolve(service + ".log");
                String message = service + " stopped while starting; see " + log;
                if (portTaken(log)) {
                    throw new PortTaken(message);
                }
                throw new IllegalStateException(message);
            }
            try {
                // with a timeout: when nothing listens, a connection to a free ephemeral port can be the
                // probe's own socket (TCP self-connect), which accepts and never answers
                HttpResponse<Void> answer = http.send(
                        HttpRequest.newBuilder(ready).timeout(PROBE_TIMEOUT).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(250);
        }
        throw new IllegalStateException(service + " was not ready in " + START_TIMEOUT.toSeconds() + " s");
    }

    @Override
    public void close() {
        processes.forEach(Process::destroy);
        for (Process process : processes) {
            try {
                if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        database.drop();
        traces.close();
    }

    private static boolean portTaken(Path log) {
        try {
            String text = Files.readString(log);
            return text.contains("Address already in use")
                    || text.contains("already bound")
                    || text.contains("seems to be in use by another process");
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * A free port below Linux's ephemeral range (32768–60999): a port the kernel hands out as the source
     * of outgoing connections (to PostgreSQL, between the services) can be taken by one of them between
     * this check and the service's bind, as a CI run saw; ports below the range are only ever taken by a
     * listener.
     */
    private static int freePort() {
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = java.util.concurrent.ThreadLocalRandom.current().nextInt(20_000, 32_000);
            try (ServerSocket socket = new ServerSocket(port)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                // taken: try another
            }
        }
        throw new IllegalStateException("no free port between 20000 and 32000");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
