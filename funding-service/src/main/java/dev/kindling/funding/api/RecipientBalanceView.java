package dev.kindling.funding.api;

import dev.kindling.common.money.Money;

/** What a budget committed to one recipient and paid it. */
public record RecipientBalanceView(RecipientView recipient, Money committed, Money disbursed, Money remaining) {}
