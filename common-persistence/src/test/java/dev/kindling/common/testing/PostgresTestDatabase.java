package dev.kindling.common.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A database of its own for one test run, on the PostgreSQL server named by KINDLING_TEST_PG_URL
 * (default {@code jdbc:postgresql://127.0.0.1:5432/}), KINDLING_TEST_PG_USER (default postgres) and
 * KINDLING_TEST_PG_PASSWORD: created fresh, and dropped when the run ends.
 */
public final class PostgresTestDatabase {
    private final String serverUrl;
    private final String user;
    private final String password;
    private final String name;

    public PostgresTestDatabase(String prefix) {
        String url = env("KINDLING_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/");
        this.serverUrl = url.endsWith("/") ? url : url + "/";
        this.user = env("KINDLING_TEST_PG_USER", "postgres");
        this.password = env("KINDLING_TEST_PG_PASSWORD", "");
        this.name = prefix + "_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss")) + "_"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000, 0xfffff));
    }

    public PostgresTestDatabase create() {
        execute("create database " + name);
        return this;
    }

    public void drop() {
        execute("drop database if exists " + name + " with (force)");
    }

    public String jdbcUrl() {
        return serverUrl + name;
    }

    public String name() {
        return name;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    private void execute(String sql) {
        try (Connection c = DriverManager.getConnection(serverUrl + "postgres", user, password);
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            if ("08001".equals(e.getSQLState()) || e.getSQLState() == null) {
                throw new IllegalStateException(
                        "No PostgreSQL answers at " + serverUrl + " as " + user
                                + ": start one (pg_ctlcluster 15 main start, or docker compose up -d postgres)"
                                + " or point KINDLING_TEST_PG_URL / KINDLING_TEST_PG_USER / KINDLING_TEST_PG_PASSWORD at one",
                        e);
            }
            throw new IllegalStateException("Could not run '" + sql + "' on " + serverUrl + ": " + e.getMessage(), e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
