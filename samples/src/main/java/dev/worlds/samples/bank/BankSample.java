package dev.worlds.samples.bank;

import java.io.PrintStream;
import java.util.List;

/** The bank sample: speculative transfers and an all-or-nothing payroll. */
public final class BankSample {
    private BankSample() {
    }

    public static int run(List<String> args, PrintStream out) {
        Bank bank = new Bank(0);
        Account acme = new Account("acme", 250);
        Account ann = new Account("ann", 0);
        Account bob = new Account("bob", 0);
        Account cy = new Account("cy", 0);
        bank.transfer(acme, ann, 100);
        out.println("bank: after paying ann 100: " + List.of(acme, ann, bob, cy));
        try {
            bank.payroll(acme, List.of(bob, cy), 100);
        } catch (Bank.InsufficientFunds e) {
            out.println("bank: payroll failed (" + e.getMessage() + "), rolled back: " + List.of(acme, ann, bob, cy));
        }
        bank.payroll(acme, List.of(bob), 100);
        out.println("bank: smaller payroll kept: " + List.of(acme, ann, bob, cy));
        return acme.balance() == 50 && cy.balance() == 0 ? 0 : 1;
    }
}
