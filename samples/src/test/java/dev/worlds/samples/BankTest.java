package dev.worlds.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.worlds.samples.bank.Account;
import dev.worlds.samples.bank.Bank;
import java.util.List;
import org.junit.jupiter.api.Test;

class BankTest {
    @Test
    void failedTransferLeavesNoTrace() {
        Bank bank = new Bank(0);
        Account from = new Account("from", 10);
        Account to = new Account("to", 0);
        assertThrows(Bank.InsufficientFunds.class, () -> bank.transfer(from, to, 11));
        assertEquals(10, from.balance());
        assertEquals(0, to.balance());
        assertEquals(0, to.transfers());
    }

    @Test
    void payrollIsAllOrNothing() {
        Bank bank = new Bank(0);
        Account employer = new Account("acme", 150);
        Account a = new Account("a", 0);
        Account b = new Account("b", 0);
        assertThrows(Bank.InsufficientFunds.class, () -> bank.payroll(employer, List.of(a, b), 100));
        assertEquals(150, employer.balance());
        assertEquals(0, a.balance());
        bank.payroll(employer, List.of(a), 100);
        assertEquals(50, employer.balance());
        assertEquals(100, a.balance());
    }
}
