package dev.kindling.common.demo;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the service's demo dataset ({@code demo/demo.sql} on its classpath) at start when {@code
 * kindling.demo.enabled} is true, as the run command sets it and tests never do. The script uses
 * fixed ids and {@code on conflict do nothing}, so loading it again changes nothing.
 */
@ApplicationScoped
public class DemoDataLoader {
    static final String SCRIPT = "demo/demo.sql";

    private final EntityManager em;
    private final boolean enabled;

    public DemoDataLoader(EntityManager em, @ConfigProperty(name = "kindling.demo.enabled") boolean enabled) {
        this.em = em;
        this.enabled = enabled;
    }

    @Transactional
    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(SCRIPT)) {
            if (in == null) {
                Log.infof("Demo data enabled but this service has no %s", SCRIPT);
                return;
            }
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            em.unwrap(org.hibernate.Session.class).doWork(connection -> {
                try (var statement = connection.createStatement()) {
                    statement.execute(sql);
                }
            });
            Log.infof("Demo data from %s loaded (rows already present were kept)", SCRIPT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
