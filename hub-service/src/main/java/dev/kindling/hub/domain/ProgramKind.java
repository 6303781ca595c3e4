package dev.kindling.hub.domain;

/** What kind of program this is. */
public enum ProgramKind {
    ACCELERATOR,
    INCUBATOR,
    DEVELOPER,
    PITSTOP,
    INNOVATION,
    GO_GLOBAL,
    OTHER
}
