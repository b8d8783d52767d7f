package dev.worlds.samples.bank;

import dev.worlds.Speculative;
import java.util.List;

/**
 * Transfers money with {@code @Speculative}: a transfer that fails half way leaves no trace.
 *
 * <pre>{@code
 * bank.transfer(alice, bob, 50);     // both balances change, or neither
 * }</pre>
 */
public final class Bank {
    /** Thrown when an account would go below its overdraft limit. */
    public static final class InsufficientFunds extends RuntimeException {
        InsufficientFunds(Account account, long missing) {
            super(account.owner + " is short by " + missing);
        }
    }

    private final long overdraftLimit;

    public Bank(long overdraftLimit) {
        this.overdraftLimit = overdraftLimit;
    }

    @Speculative
    public void transfer(Account from, Account to, long amount) {
        if (amount <= 0) {
            throw new IllegalArgumentException("amount must be positive, got " + amount);
        }
        to.balance += amount;            // written first on purpose: undone if the check below fails
        to.transfers++;
        from.balance -= amount;
        from.transfers++;
        if (from.balance < -overdraftLimit) {
            throw new InsufficientFunds(from, -overdraftLimit - from.balance);
        }
    }

    /** Pays everyone or no one: one failing payment undoes the ones before it. */
    @Speculative
    public void payroll(Account employer, List<Account> staff, long salary) {
        for (Account employee : staff) {
            transfer(employer, employee, salary);
        }
    }
}
