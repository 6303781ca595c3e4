package dev.kindling.hub.domain;

/** The fixed list of regions hubs and programs belong to. */
public enum Region {
    ASIA_PACIFIC,
    EUROPE,
    MIDDLE_EAST_AFRICA,
    AMERICAS,
    GLOBAL
}
