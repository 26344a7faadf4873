package org.epma.bench;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The phases every simulated user goes through together: all log in at once (a shift change), then the
 * measured window opens for everybody at the same moment and closes after the set duration. Keeping the
 * logins out of the window means the ward-list throughput is not diluted by PBKDF2 work.
 */
final class LoadWindow {

    private final CountDownLatch loginGate = new CountDownLatch(1);
    private final CountDownLatch loginsFinished;
    private final CountDownLatch windowGate = new CountDownLatch(1);
    private volatile long loginStartNanos;
    private volatile long windowStartNanos;
    private volatile long deadlineNanos;

    LoadWindow(int users) {
        loginsFinished = new CountDownLatch(users);
    }

    // ---- called by the simulated users

    void awaitLoginStart() throws InterruptedException {
        loginGate.await();
    }

    /** Every user calls this exactly once, logged in or not, so the window can open. */
    void loginFinished() {
        loginsFinished.countDown();
    }

    void awaitWindow() throws InterruptedException {
        windowGate.await();
    }

    boolean isOpen() {
        return System.nanoTime() - deadlineNanos < 0;
    }

    // ---- called by the driver

    void startLogins() {
        loginStartNanos = System.nanoTime();
        loginGate.countDown();
    }

    /** Waits for every user's login, then opens the window; returns how long the logins took. */
    Duration awaitLoginsThenOpen(Duration window, Duration loginTimeout) throws InterruptedException {
        if (!loginsFinished.await(loginTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("the logins did not finish within " + loginTimeout.toSeconds() + " s");
        }
        long now = System.nanoTime();
        windowStartNanos = now;
        deadlineNanos = now + window.toNanos();
        windowGate.countDown();
        return Duration.ofNanos(now - loginStartNanos);
    }

    long windowStartNanos() {
        return windowStartNanos;
    }
}
