package dev.kindling.hub.domain;

/** What a program target counts. */
public enum TargetMetric {
    STARTUPS_RECRUITED,
    SCALEUPS,
    DEVELOPERS_SUPPORTED,
    PARTNERS_ENGAGED
}
