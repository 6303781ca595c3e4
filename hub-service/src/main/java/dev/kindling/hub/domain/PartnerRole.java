package dev.kindling.hub.domain;

/** The part a partner plays at a hub or in a program; PARTNER when no more is known. */
public enum PartnerRole {
    PARTNER,
    HOST,
    CO_ORGANISER,
    SPONSOR,
    INVESTOR,
    MENTOR,
    MEMBER
}
