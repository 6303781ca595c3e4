package dev.kindling.deploy;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the code says about one deployable module: the port it listens on (and the variable that
 * moves it), every environment variable its configuration reads, its schema, its health paths.
 *
 * @param name module directory and image name, e.g. {@code hub-service}
 * @param port the default of {@code quarkus.http.port}
 * @param portVariable the variable in {@code quarkus.http.port=${VAR:port}}
 * @param reads each variable read: the file that reads it and its default
 * @param schema the PostgreSQL schema ({@code currentSchema}), empty for the gateway
 * @param servesHealth whether the module has quarkus-smallrye-health
 */
record KindlingService(
        String name,
        int port,
        String portVariable,
        Map<String, Variable> reads,
        Optional<String> schema,
        boolean servesHealth) {

    /** The paths quarkus-smallrye-health serves, by probe kind. */
    static final Map<String, String> HEALTH_PATHS =
            Map.of("startup", "/q/health/started", "readiness", "/q/health/ready", "liveness", "/q/health/live");

    static final Set<String> SERVED_HEALTH_PATHS =
            Set.of("/q/health", "/q/health/started", "/q/health/ready", "/q/health/live");

    /**
     * One variable a configuration file reads.
     *
     * @param source the file, relative to the repository root
     * @param defaultValue the placeholder's default, null when it has none
     */
    record Variable(String source, String defaultValue) {

        private static final java.util.regex.Pattern TUNABLE = java.util.regex.Pattern.compile(
                "(?i)^(true|false|\\d+(\\.\\d+)?(ms|s|m|h|d|k|kb|m|mb|g|gb)?|PT[0-9HMS.]+)$");

        /**
         * A deployment must set a variable unless its default is a tuning knob (a number,
         * duration, size or boolean). Addresses, credentials, keys, issuers, origins and paths
         * default to a developer's machine and must always be set.
         */
        boolean mustBeSet() {
            return defaultValue == null || !TUNABLE.matcher(defaultValue).matches();
        }
    }

    String image() {
        return "kindling/" + name;
    }

    boolean usesDatabase() {
        return schema.isPresent();
    }

    boolean reads(String variable) {
        return reads.containsKey(variable);
    }
}
