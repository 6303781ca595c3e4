package dev.kindling.hub.domain;

/** ENABLED endpoints receive deliveries; DISABLED ones (by hand, or after persistent failure) do not. */
public enum WebhookStatus {
    ENABLED,
    DISABLED
}
