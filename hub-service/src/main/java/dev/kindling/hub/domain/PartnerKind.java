package dev.kindling.hub.domain;

/** What kind of organisation a partner is. */
public enum PartnerKind {
    GOVERNMENT,
    INCUBATOR,
    VC,
    UNIVERSITY,
    CORPORATE,
    SME,
    OTHER
}
