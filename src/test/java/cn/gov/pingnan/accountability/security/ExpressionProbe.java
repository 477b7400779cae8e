package cn.gov.pingnan.accountability.security;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Registered as bean {@code probe} in the security ITs only: an expression {@code ${probe.touch()}}
 * that reaches the engine's expression manager is recorded here, so a test can prove that nothing
 * was evaluated.
 */
public class ExpressionProbe {

    private final AtomicInteger touches = new AtomicInteger();

    public String touch() {
        touches.incrementAndGet();
        return "touched";
    }

    public int touches() {
        return touches.get();
    }

    public void reset() {
        touches.set(0);
    }
}
