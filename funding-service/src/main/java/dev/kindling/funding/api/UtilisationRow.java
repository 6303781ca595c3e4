package dev.kindling.funding.api;

import dev.kindling.common.money.Money;

/** One group of the utilisation report, in one currency. */
public record UtilisationRow(
        String group, String currency, Money total, Money committed, Money disbursed, Money available) {}
