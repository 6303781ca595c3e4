package dev.kindling.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders kustomize directories with {@code kubectl kustomize}, which needs no cluster. kubectl 1.27
 * or newer (kustomize v5) is required; without one the checks are aborted with a message saying
 * so, never passed silently. {@code KINDLING_KUBECTL} names a kubectl other than the one on the PATH.
 */
final class Kubectl {

    static final int MIN_MINOR = 27;
    private static final Pattern KUSTOMIZE = Pattern.compile("v(\\d+)\\.");
    private static volatile String executable;

    private Kubectl() {}

    /** Aborts the calling test with the reason, and says it on the console too, once. */
    private static void abort(String reason) {
        if (!warned) {
            warned = true;
            System.err.println("[deploy-checks] " + reason);
        }
        org.junit.jupiter.api.Assumptions.abort(reason);
    }

    private static volatile boolean warned;

    /** The kubectl to use, or aborts the calling test with what is missing. */
    static String require() {
        if (executable != null) {
            return executable;
        }
        String candidate =
                Optional.ofNullable(System.getenv("KINDLING_KUBECTL")).orElse("kubectl");
        if (!candidate.contains(File.separator) && onPath(candidate).isEmpty()) {
            abort("SKIPPED: kubectl not found on the PATH; these deployment checks need kubectl " + "1." + MIN_MINOR
                    + "+ (kustomize v5) to render k8s/ offline (set KINDLING_KUBECTL to use another)");
        }
        Result version;
        try {
            version = run(List.of(candidate, "version", "--client", "-o", "json"), null);
        } catch (UncheckedIOException e) {
            abort("SKIPPED: cannot run " + candidate + " (" + e.getCause().getMessage()
                    + "); these deployment checks need kubectl 1." + MIN_MINOR
                    + "+ (kustomize v5) to render k8s/ offline");
            return candidate;
        }
        if (version.exit() != 0) {
            abort("SKIPPED: '" + candidate + " version --client' failed: "
                    + version.err().strip());
        }
        try {
            JsonNode json = new ObjectMapper().readTree(version.out());
            int minor = Integer.parseInt(
                    json.path("clientVersion").path("minor").asText("0").replaceAll("\\D", ""));
            Matcher kustomize = KUSTOMIZE.matcher(json.path("kustomizeVersion").asText(""));
            int kustomizeMajor = kustomize.find() ? Integer.parseInt(kustomize.group(1)) : 0;
            if (minor < MIN_MINOR || kustomizeMajor < 5) {
                abort("SKIPPED: " + candidate + " is client 1." + minor + " with kustomize "
                        + json.path("kustomizeVersion").asText("(none)") + "; the deployment checks need kubectl 1."
                        + MIN_MINOR + "+ with kustomize v5 (Debian's kubernetes-client is too old)");
            }
        } catch (IOException e) {
            abort("SKIPPED: cannot read '" + candidate + " version --client -o json': " + e.getMessage());
        }
        executable = candidate;
        return candidate;
    }

    /** The YAML stream of {@code kubectl kustomize dir}; a failure to render is an assertion failure. */
    static String kustomize(Path dir) {
        Result result = run(List.of(require(), "kustomize", dir.toString()), null);
        if (result.exit() != 0) {
            throw new AssertionError("kubectl kustomize " + dir + " failed:\n" + result.err());
        }
        return result.out();
    }

    private static Optional<Path> onPath(String name) {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        for (String dir : path.split(File.pathSeparator)) {
            Path file = Path.of(dir, name);
            if (Files.isExecutable(file)) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }

    record Result(int exit, String out, String err) {}

    static Result run(List<String> command, Path dir) {
        try {
            Path out = Files.createTempFile("kubectl", ".out");
            Path err = Files.createTempFile("kubectl", ".err");
            try {
                ProcessBuilder builder =
                        new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
                if (dir != null) {
                    builder.directory(dir.toFile());
                }
                Process process = builder.start();
                if (!process.waitFor(120, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new AssertionError(String.join(" ", command) + " did not finish in 120 s");
                }
                return new Result(
                        process.exitValue(),
                        Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
