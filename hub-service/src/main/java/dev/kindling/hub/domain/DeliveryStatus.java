package dev.kindling.hub.domain;

/**
 * PENDING (due at its next attempt), SENDING (an attempt in flight, leased), DELIVERED (a 2xx came
 * back), FAILED (retries ran out; can be redelivered by hand).
 */
public enum DeliveryStatus {
    PENDING,
    SENDING,
    DELIVERED,
    FAILED
}
