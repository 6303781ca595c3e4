package dev.kindling.hub.domain;

/** What a hub is. */
public enum HubKind {
    STARTUP_HUB,
    INNOVATION_CENTER,
    OPEN_LAB
}
