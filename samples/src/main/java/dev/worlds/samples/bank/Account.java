package dev.worlds.samples.bank;

/** A bank account: plain fields, no undo code. */
public final class Account {
    final String owner;
    long balance;
    int transfers;

    public Account(String owner, long balance) {
        this.owner = owner;
        this.balance = balance;
    }

    public long balance() {
        return balance;
    }

    public int transfers() {
        return transfers;
    }

    @Override
    public String toString() {
        return owner + "=" + balance;
    }
}
