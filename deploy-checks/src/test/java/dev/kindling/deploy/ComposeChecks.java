package dev.kindling.deploy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml against the code: known keys only (Compose specification), each module's
 * image, build, port, health check and environment, ordered start on healthy dependencies, the
 * database URL, role and password agreeing with deploy/postgres.
 */
final class ComposeChecks {

    private static final Set<String> TOP =
            Set.of("version", "name", "services", "networks", "volumes", "configs", "secrets", "include");
    private static final Set<String> SERVICE = Set.of(
            "annotations",
            "attach",
            "blkio_config",
            "build",
            "cap_add",
            "cap_drop",
            "cgroup",
            "cgroup_parent",
            "command",
            "configs",
            "container_name",
            "cpu_count",
            "cpu_percent",
            "cpu_period",
            "cpu_quota",
            "cpu_rt_period",
            "cpu_rt_runtime",
            "cpu_shares",
            "cpus",
            "cpuset",
            "credential_spec",
            "depends_on",
            "deploy",
            "develop",
            "device_cgroup_rules",
            "devices",
            "dns",
            "dns_opt",
            "dns_search",
            "domainname",
            "entrypoint",
            "env_file",
            "environment",
            "expose",
            "extends",
            "external_links",
            "extra_hosts",
            "gpus",
            "group_add",
            "healthcheck",
            "hostname",
            "image",
            "init",
            "ipc",
            "isolation",
            "labels",
            "links",
            "logging",
            "mac_address",
            "mem_limit",
            "mem_reservation",
            "mem_swappiness",
            "memswap_limit",
            "network_mode",
            "networks",
            "oom_kill_disable",
            "oom_score_adj",
            "pid",
            "pids_limit",
            "platform",
            "ports",
            "post_start",
            "pre_stop",
            "privileged",
            "profiles",
            "pull_policy",
            "read_only",
            "restart",
            "runtime",
            "scale",
            "secrets",
            "security_opt",
            "shm_size",
            "stdin_open",
            "stop_grace_period",
            "stop_signal",
            "storage_opt",
            "sysctls",
            "tmpfs",
            "tty",
            "ulimits",
            "user",
            "userns_mode",
            "uts",
            "volumes",
            "volumes_from",
            "working_dir");
    private static final Set<String> HEALTHCHECK =
            Set.of("test", "interval", "timeout", "retries", "start_period", "start_interval", "disable");
    private static final Set<String> BUILD =
            Set.of("context", "dockerfile", "args", "target", "labels", "cache_from", "platforms", "tags");
    private static final Set<String> DEPENDS_ON = Set.of("condition", "restart", "required");
    private static final Pattern INTERPOLATION = Pattern.compile("\\$\\{([A-Z0-9_]+)(?::?-([^}]*))?}");
    private static final Pattern JDBC = Pattern.compile("^jdbc:postgresql://([^:/?]+)(?::(\\d+))?/");
    private static final Pattern HEALTH_URL =
            Pattern.compile("https?://(127\\.0\\.0\\.1|localhost):(\\d+)(/[^\\s\"',\\]]*)");
    private static final Pattern OWNS =
            Pattern.compile("(?i)CREATE SCHEMA\\s+(?:IF NOT EXISTS\\s+)?(\\w+)\\s+AUTHORIZATION\\s+(\\w+)");

    private ComposeChecks() {}

    @SuppressWarnings("unchecked")
    static Problems check(Path root, Path composeFile, ServiceCatalog catalog) {
        Problems problems = new Problems();
        Map<String, Object> doc = new Yaml(new LoaderOptions()).load(Repo.read(composeFile));
        doc.keySet().stream()
                .filter(k -> !k.startsWith("x-") && !TOP.contains(k))
                .forEach(k -> problems.add("compose: unknown top-level key %s", k));
        Map<String, Map<String, Object>> services =
                (Map<String, Map<String, Object>>) doc.getOrDefault("services", Map.of());
        services.forEach((name, svc) -> {
            svc.keySet().stream()
                    .filter(k -> !SERVICE.contains(k))
                    .forEach(k -> problems.add("compose service %s: unknown key %s", name, k));
            map(svc.get("healthcheck")).keySet().stream()
                    .filter(k -> !HEALTHCHECK.contains(k))
                    .forEach(k -> problems.add("compose service %s: unknown healthcheck key %s", name, k));
            map(svc.get("build")).keySet().stream()
                    .filter(k -> !BUILD.contains(k))
                    .forEach(k -> problems.add("compose service %s: unknown build key %s", name, k));
            dependsOn(name, svc, services, problems);
        });
        Map<String, String> owners = new LinkedHashMap<>();
        Matcher owns = OWNS.matcher(Repo.read(root.resolve("deploy/postgres/kindling-roles.sql")));
        while (owns.find()) {
            owners.put(owns.group(1), owns.group(2));
        }
        Optional<String> postgres = services.entrySet().stream()
                .filter(e ->
                        OverlayChecks.postgresMajor(String.valueOf(e.getValue().get("image"))) > 0)
                .map(Map.Entry::getKey)
                .findFirst();
        if (postgres.isEmpty()) {
            problems.add("compose: no PostgreSQL service (image postgres:<major>)");
        } else {
            postgresService(root, postgres.get(), services.get(postgres.get()), problems);
        }
        for (KindlingService s : catalog.all()) {
            Map<String, Object> svc = services.get(s.name());
            if (svc == null) {
                problems.add("compose: no service %s", s.name());
                continue;
            }
            module(root, s, svc, services, postgres, owners, catalog, problems);
        }
        return problems;
    }

    private static void dependsOn(
            String name, Map<String, Object> svc, Map<String, Map<String, Object>> services, Problems problems) {
        Object deps = svc.get("depends_on");
        if (deps instanceof List<?>) {
            problems.add("compose service %s: depends_on must use the long form with condition: service_healthy", name);
            return;
        }
        map(deps).forEach((target, spec) -> {
            map(spec).keySet().stream()
                    .filter(k -> !DEPENDS_ON.contains(k))
                    .forEach(k -> problems.add("compose service %s: unknown depends_on key %s", name, k));
            if (!"service_healthy".equals(map(spec).get("condition"))) {
                problems.add("compose service %s: depends_on %s must have condition: service_healthy", name, target);
            }
            if (!services.containsKey(target)) {
                problems.add("compose service %s: depends_on %s, which is no service", name, target);
            } else if (!services.get(target).containsKey("healthcheck")) {
                problems.add(
                        "compose service %s: waits for %s to be healthy, but %s has no healthcheck",
                        name, target, target);
            }
        });
    }

    private static void postgresService(Path root, String name, Map<String, Object> svc, Problems problems) {
        if (OverlayChecks.postgresMajor(String.valueOf(svc.get("image"))) < 16) {
            problems.add("compose service %s: %s is older than PostgreSQL 16", name, svc.get("image"));
        }
        if (!svc.containsKey("healthcheck")) {
            problems.add("compose service %s: no healthcheck", name);
        }
        String initdb = Repo.read(root.resolve("deploy/postgres/initdb.sh"));
        boolean hook = false;
        for (Object v : list(svc.get("volumes"))) {
            String[] parts = String.valueOf(v).split(":");
            if (parts.length >= 2 && parts[0].startsWith("./") && !Files.exists(root.resolve(parts[0].substring(2)))) {
                problems.add("compose service %s: mounts %s, which does not exist", name, parts[0]);
            }
            if (parts.length >= 2 && parts[1].startsWith("/docker-entrypoint-initdb.d/")) {
                hook = true;
            }
            if (parts.length >= 2 && parts[0].endsWith(".sql") && !initdb.contains(parts[1])) {
                problems.add(
                        "compose service %s: mounts %s at %s, but initdb.sh does not read it there",
                        name, parts[0], parts[1]);
            }
        }
        if (!hook) {
            problems.add(
                    "compose service %s: deploy/postgres/initdb.sh is not mounted in /docker-entrypoint-initdb.d",
                    name);
        }
    }

    private static void module(
            Path root,
            KindlingService s,
            Map<String, Object> svc,
            Map<String, Map<String, Object>> services,
            Optional<String> postgres,
            Map<String, String> owners,
            ServiceCatalog catalog,
            Problems problems) {
        String where = "compose service " + s.name();
        String image = resolve(String.valueOf(svc.get("image")));
        if (!image.equals(s.image() + ":" + Repo.version())) {
            problems.add("%s: image %s, expected %s:%s", where, image, s.image(), Repo.version());
        }
        Map<String, Object> build = map(svc.get("build"));
        String dockerfile = String.valueOf(build.get("dockerfile"));
        if (!".".equals(build.get("context")) || !dockerfile.equals("Dockerfile")) {
            problems.add(
                    "%s: build must be context . with the root Dockerfile (the root .dockerignore applies)", where);
        }
        Map<String, Object> args = map(build.get("args"));
        DockerChecks.buildArgs(s).forEach((name, value) -> {
            if (!value.equals(String.valueOf(args.get(name)))) {
                problems.add("%s: build arg %s is %s, but must be %s", where, name, args.get(name), value);
            }
        });
        Map<String, String> env = environment(svc.get("environment"));
        s.reads().forEach((var, read) -> {
            if (read.mustBeSet() && !env.containsKey(var)) {
                problems.add("%s does not set %s, which %s reads (%s)", where, var, s.name(), read.source());
            }
        });
        env.keySet().stream()
                .filter(k -> k.startsWith("KINDLING_") && !catalog.anyReads(k))
                .forEach(k -> problems.add("%s sets %s, which no service reads (misspelt, or left over?)", where, k));
        String port = env.get(s.portVariable());
        if (port != null && !port.equals(String.valueOf(s.port()))) {
            problems.add("%s sets %s=%s, but %s listens on %d", where, s.portVariable(), port, s.name(), s.port());
        }
        for (Object p : list(svc.get("ports"))) {
            String[] parts = String.valueOf(p).split(":");
            if (!parts[parts.length - 1].replaceAll("/.*", "").equals(String.valueOf(s.port()))) {
                problems.add(
                        "%s: publishes container port %s, but %s listens on %d",
                        where, parts[parts.length - 1], s.name(), s.port());
            }
        }
        Matcher health =
                HEALTH_URL.matcher(String.valueOf(map(svc.get("healthcheck")).get("test")));
        if (!health.find()) {
            problems.add("%s: healthcheck must call http://127.0.0.1:%d/q/health/ready", where, s.port());
        } else {
            if (!health.group(2).equals(String.valueOf(s.port()))) {
                problems.add(
                        "%s: healthcheck calls port %s, but %s listens on %d",
                        where, health.group(2), s.name(), s.port());
            }
            if (!KindlingService.SERVED_HEALTH_PATHS.contains(health.group(3))) {
                problems.add("%s: healthcheck path %s is not served by %s", where, health.group(3), s.name());
            }
        }
        env.forEach((var, value) -> url(where, var, value, services, catalog, problems));
        String keyFile = env.getOrDefault("KINDLING_JWT_PUBLIC_KEY", "");
        if (keyFile.startsWith("file:")
                && list(svc.get("volumes")).stream()
                        .noneMatch(v -> String.valueOf(v).contains(keyFile.substring(5)))) {
            problems.add("%s: KINDLING_JWT_PUBLIC_KEY is %s, but nothing is mounted there", where, keyFile);
        }
        if (s.schema().isPresent()) {
            Map<String, Object> deps = map(svc.get("depends_on"));
            if (postgres.isPresent() && !deps.containsKey(postgres.get())) {
                problems.add("%s: must depend on %s (condition: service_healthy)", where, postgres.get());
            }
            String role = owners.get(s.schema().get());
            if (role == null || !role.equals(env.get("KINDLING_DB_USER"))) {
                problems.add(
                        "%s: KINDLING_DB_USER is %s, but schema %s is owned by %s (deploy/postgres/kindling-roles.sql)",
                        where, env.get("KINDLING_DB_USER"), s.schema().get(), role);
            }
            String password = "KINDLING_" + s.schema().get().toUpperCase() + "_DB_PASSWORD";
            Map<String, String> pgEnv = postgres.map(
                            p -> environment(services.get(p).get("environment")))
                    .orElse(Map.of());
            if (!rawEnvironment(svc.get("environment"))
                    .getOrDefault("KINDLING_DB_PASSWORD", "")
                    .equals(postgres.map(p -> rawEnvironment(services.get(p).get("environment"))
                                    .get(password))
                            .orElse(null))) {
                problems.add(
                        "%s: KINDLING_DB_PASSWORD must be the same expression as %s's %s",
                        where, postgres.orElse("postgres"), password);
            }
            if (!pgEnv.containsKey(password)) {
                problems.add("%s: the PostgreSQL service does not get %s for initdb.sh", where, password);
            }
        } else if (s.name().equals("gateway")) {
            catalog.all().stream()
                    .filter(KindlingService::usesDatabase)
                    .filter(b -> !map(svc.get("depends_on")).containsKey(b.name()))
                    .forEach(b -> problems.add("%s: must start after %s is healthy", where, b.name()));
        }
    }

    private static void url(
            String where,
            String var,
            String value,
            Map<String, Map<String, Object>> services,
            ServiceCatalog catalog,
            Problems problems) {
        Matcher jdbc = JDBC.matcher(value);
        if (jdbc.find()) {
            Map<String, Object> target = services.get(jdbc.group(1));
            if (target == null || OverlayChecks.postgresMajor(String.valueOf(target.get("image"))) < 0) {
                problems.add(
                        "%s: %s points at %s, which is no PostgreSQL service of this file", where, var, jdbc.group(1));
            }
            return;
        }
        if (var.endsWith("_URL") && value.startsWith("http://") && !var.equals(ServiceCatalog.PUBLIC_URL)) {
            URI uri = URI.create(value);
            Optional<KindlingService> target = catalog.byName(uri.getHost());
            if (target.isEmpty()
                    || !services.containsKey(uri.getHost())
                    || target.get().port() != uri.getPort()) {
                problems.add("%s: %s=%s is no service and port of this file", where, var, value);
            }
        }
    }

    /** The environment with ${VAR:-default} resolved to its default. */
    static Map<String, String> environment(Object environment) {
        Map<String, String> env = new LinkedHashMap<>();
        rawEnvironment(environment).forEach((k, v) -> env.put(k, resolve(v)));
        return env;
    }

    private static Map<String, String> rawEnvironment(Object environment) {
        Map<String, String> env = new LinkedHashMap<>();
        if (environment instanceof Map<?, ?> m) {
            m.forEach((k, v) -> env.put(String.valueOf(k), v == null ? "" : String.valueOf(v)));
        } else {
            for (Object item : list(environment)) {
                String[] kv = String.valueOf(item).split("=", 2);
                env.put(kv[0], kv.length > 1 ? kv[1] : "");
            }
        }
        return env;
    }

    static String resolve(String value) {
        Matcher m = INTERPOLATION.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(2) == null ? "" : m.group(2)));
        }
        return m.appendTail(out).toString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static List<?> list(Object o) {
        return o instanceof List<?> l ? l : List.of();
    }
}
