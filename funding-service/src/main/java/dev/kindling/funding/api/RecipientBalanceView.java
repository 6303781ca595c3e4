package dev.kindling.funding.api;

/** What a budget committed to one recipient and paid it. */
public record RecipientBalanceView(RecipientView recipient, Money committed, Money disbursed, Money remaining) {}
