package dev.kindling.funding.api;

/** One group of the utilisation report, in one currency. */
public record UtilisationRow(
        String group, String currency, Money total, Money committed, Money disbursed, Money available) {}
