package dev.kindling.funding.api;

import dev.kindling.common.money.Money;

/** Where money stands: total, committed to recipients, paid out, and still free to commit. */
public record Balance(Money total, Money committed, Money disbursed, Money available) {}
