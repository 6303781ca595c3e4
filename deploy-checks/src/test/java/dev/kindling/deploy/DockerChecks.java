package dev.kindling.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one Dockerfile, as built for each service module with that module's build arguments (JVM mode:
 * an allowed base, the four quarkus-app layers in order, a non-root user, the port, a health check on
 * a served path), and the root .dockerignore, whose
 * whitelist is evaluated the way Docker does (last matching pattern wins, a match on a parent
 * directory covers its files).
 */
final class DockerChecks {

    static final List<String> BASES =
            List.of("registry.access.redhat.com/ubi9/openjdk-17-runtime:", "eclipse-temurin:17-jre");
    private static final List<String> LAYERS = List.of("lib/", "*.jar", "app/", "quarkus/");
    private static final Pattern HEALTH = Pattern.compile("https?://(?:127\\.0\\.0\\.1|localhost):(\\d+)(/\\S*)");

    private DockerChecks() {}

    record Instruction(String keyword, String args) {}

    static List<Instruction> parse(String dockerfile) {
        List<Instruction> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : dockerfile.split("\\R")) {
            String trimmed = line.strip();
            if (current.length() == 0 && (trimmed.isEmpty() || trimmed.startsWith("#"))) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                current.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            current.append(trimmed);
            String[] parts = current.toString().split("\\s+", 2);
            out.add(new Instruction(parts[0].toUpperCase(Locale.ROOT), parts.length > 1 ? parts[1] : ""));
            current.setLength(0);
        }
        return out;
    }

    /** The build arguments the one Dockerfile takes for a service: its module and its port. */
    static Map<String, String> buildArgs(KindlingService s) {
        return Map.of("SERVICE", s.name(), "PORT", String.valueOf(s.port()));
    }

    /**
     * The Dockerfile as Docker builds it for this service: {@code ${VAR}} of its ARGs replaced by the
     * service's build arguments and of its ENVs by their values; an ARG it does not pass stays a problem.
     */
    static List<Instruction> expanded(KindlingService s, String text, Problems problems) {
        Map<String, String> args = buildArgs(s);
        Map<String, String> values = new HashMap<>();
        List<Instruction> out = new ArrayList<>();
        for (Instruction in : parse(text)) {
            String expanded = expand(in.args(), values);
            switch (in.keyword()) {
                case "ARG" -> {
                    String name = expanded.trim().split("=", 2)[0];
                    if (!args.containsKey(name)) {
                        problems.add("Dockerfile: ARG %s is not one the build passes (%s)", name, args.keySet());
                    }
                    values.put(name, args.getOrDefault(name, ""));
                }
                case "ENV" -> {
                    Matcher pair = Pattern.compile("^(\\w+)=(\\S+)$").matcher(expanded.trim());
                    if (pair.matches()) {
                        values.put(pair.group(1), pair.group(2));
                    }
                }
                default -> {}
            }
            out.add(new Instruction(in.keyword(), expanded));
        }
        if (!values.keySet().containsAll(args.keySet())) {
            problems.add("Dockerfile: declare ARG %s, which the build passes", args.keySet());
        }
        return out;
    }

    private static String expand(String text, Map<String, String> values) {
        Matcher var = Pattern.compile("\\$\\{(\\w+)}").matcher(text);
        StringBuilder out = new StringBuilder();
        while (var.find()) {
            var.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(var.group(1), var.group())));
        }
        return var.appendTail(out).toString();
    }

    static Problems dockerfile(KindlingService s, String text) {
        Problems problems = new Problems();
        String where = "Dockerfile for " + s.name();
        List<Instruction> all = expanded(s, text, problems);
        List<Instruction> from =
                all.stream().filter(i -> i.keyword().equals("FROM")).toList();
        if (from.size() != 1 || BASES.stream().noneMatch(b -> from.get(0).args().startsWith(b))) {
            problems.add("%s: FROM must be one JVM runtime base image, one of %s", where, BASES);
        }
        List<String> copies = new ArrayList<>();
        int lastCopy = -1;
        int user = -1;
        int entrypoint = -1;
        for (int i = 0; i < all.size(); i++) {
            Instruction in = all.get(i);
            switch (in.keyword()) {
                case "COPY", "ADD" -> {
                    lastCopy = i;
                    String[] words = in.args().replaceAll("--\\S+", "").trim().split("\\s+");
                    copies.add(words[0]);
                }
                case "USER" -> user = i;
                case "ENTRYPOINT", "CMD" -> entrypoint = Math.max(entrypoint, i);
                case "EXPOSE" -> {
                    if (!in.args().trim().replaceAll("/tcp$", "").equals(String.valueOf(s.port()))) {
                        problems.add("%s: EXPOSE %s, but %s listens on %d", where, in.args(), s.name(), s.port());
                    }
                }
                case "ENV" -> {
                    Matcher port = Pattern.compile(s.portVariable() + "=(\\S+)").matcher(in.args());
                    if (port.find() && !port.group(1).equals(String.valueOf(s.port()))) {
                        problems.add(
                                "%s: ENV %s=%s, but the port is %d", where, s.portVariable(), port.group(1), s.port());
                    }
                }
                case "HEALTHCHECK" -> {
                    Matcher url = HEALTH.matcher(in.args());
                    if (!url.find()) {
                        problems.add("%s: HEALTHCHECK must call http://127.0.0.1:%d/q/health/ready", where, s.port());
                    } else {
                        if (!url.group(1).equals(String.valueOf(s.port()))) {
                            problems.add(
                                    "%s: HEALTHCHECK calls port %s, but %s listens on %d",
                                    where, url.group(1), s.name(), s.port());
                        }
                        if (!KindlingService.SERVED_HEALTH_PATHS.contains(url.group(2))) {
                            problems.add("%s: HEALTHCHECK path %s is not served by %s", where, url.group(2), s.name());
                        }
                    }
                }
                default -> {}
            }
        }
        List<String> expected =
                LAYERS.stream().map(l -> s.name() + "/target/quarkus-app/" + l).toList();
        if (!copies.equals(expected)) {
            problems.add("%s: copy exactly the quarkus-app layers %s in that order, found %s", where, expected, copies);
        }
        if (all.stream().noneMatch(i -> i.keyword().equals("EXPOSE"))) {
            problems.add("%s: no EXPOSE %d", where, s.port());
        }
        if (all.stream().noneMatch(i -> i.keyword().equals("HEALTHCHECK"))) {
            problems.add("%s: no HEALTHCHECK", where);
        }
        if (user < 0 || user < lastCopy || user > entrypoint) {
            problems.add("%s: USER must come after the COPY layers and before ENTRYPOINT", where);
        } else if (all.get(user).args().trim().matches("(root|0)(:.*)?")) {
            problems.add("%s: USER %s runs as root", where, all.get(user).args());
        }
        if (entrypoint < 0) {
            problems.add("%s: no ENTRYPOINT", where);
        }
        return problems;
    }

    /** Docker's .dockerignore semantics, enough for a whitelist: whether the path goes into the context. */
    static boolean included(List<String> patterns, String path) {
        boolean included = true;
        for (String raw : patterns) {
            boolean negate = raw.startsWith("!");
            String pattern = (negate ? raw.substring(1) : raw)
                    .strip()
                    .replaceAll("^/+", "")
                    .replaceAll("/+$", "");
            if (matchesOrParent(pattern, path)) {
                included = negate;
            }
        }
        return included;
    }

    static List<String> patterns(Path dockerignore) {
        try (var lines = Files.lines(dockerignore)) {
            return lines.map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean matchesOrParent(String pattern, String path) {
        Pattern regex = Pattern.compile(glob(pattern));
        String candidate = path;
        while (true) {
            if (regex.matcher(candidate).matches()) {
                return true;
            }
            int slash = candidate.lastIndexOf('/');
            if (slash < 0) {
                return false;
            }
            candidate = candidate.substring(0, slash);
        }
    }

    private static String glob(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '*' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '*') {
                regex.append(".*");
                i++;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return regex.toString();
    }
}
