package dev.kindling.hub.webhook;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Skips the webhook jobs this instance is told not to run: the ingester when {@code
 * kindling.webhooks.ingest} is false, the sender when {@code kindling.webhooks.deliver} is.
 */
@ApplicationScoped
public class Switch implements Scheduled.SkipPredicate {
    static final String INGESTER = "kindling-webhook-ingester";
    static final String SENDER = "kindling-webhook-dispatcher";

    private final WebhookConfig config;

    public Switch(WebhookConfig config) {
        this.config = config;
    }

    @Override
    public boolean test(ScheduledExecution execution) {
        String job = execution.getTrigger().getId();
        return INGESTER.equals(job) ? !config.ingest() : !config.deliver();
    }
}
