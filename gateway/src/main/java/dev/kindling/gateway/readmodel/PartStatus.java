package dev.kindling.gateway.readmodel;

/** Whether a part of a read model could be answered; an unavailable part carries nothing else. */
public enum PartStatus {
    AVAILABLE,
    UNAVAILABLE
}
