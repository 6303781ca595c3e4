package dev.kindling.hub.domain;

/** A hub's lifecycle: PLANNED → ACTIVE → CLOSED, changed only by the activate and close actions. */
public enum HubStatus {
    PLANNED,
    ACTIVE,
    CLOSED
}
