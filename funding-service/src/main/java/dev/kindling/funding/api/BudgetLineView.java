package dev.kindling.funding.api;

import dev.kindling.common.money.Money;

/** One yearly line of a budget with its balances. */
public record BudgetLineView(int year, Money total, Money committed, Money disbursed, Money available) {}
