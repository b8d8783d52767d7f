package dev.worlds;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a method's body in a new world, as {@link Worlds#speculate(Worlds.Body)}
 * would: the world commits when the method returns and rolls back when it throws, and the
 * exception reaches the caller unchanged (the same instance).
 *
 * <pre>{@code
 * @Speculative
 * void transfer(Account from, Account to, long amount) {
 *     from.balance -= amount;
 *     to.balance += amount;
 *     if (from.balance < 0) throw new InsufficientFunds();   // both writes are undone
 * }
 * }</pre>
 *
 * <p>The weaver applies it; on a class that is not woven it has no effect. It cannot be put on
 * constructors, abstract or native methods (the weaver reports such uses as errors).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Speculative {
}
