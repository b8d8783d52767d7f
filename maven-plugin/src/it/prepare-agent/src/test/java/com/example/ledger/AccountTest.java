package com.example.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.worlds.Worlds;
import org.junit.jupiter.api.Test;

class AccountTest {
    @Test
    void aPoppedWorldTakesTheDepositsBack() {
        Account account = new Account();
        account.deposit(100);

        Worlds.push();
        account.deposit(40);
        account.deposit(2);
        Worlds.pop();

        assertEquals(100, account.balance(), "the agent did not weave Account");
        assertEquals(1, account.entries());
        assertEquals(0, account.entry(1));
    }

    @Test
    void theProjectsOwnArgLineIsKept() {
        assertEquals("EUR", System.getProperty("ledger.currency"));
    }
}
