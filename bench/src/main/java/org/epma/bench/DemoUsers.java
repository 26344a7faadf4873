package org.epma.bench;

import java.util.List;

/**
 * The training-mode demo accounts (config/training/users.csv) that the load logs in as, one after another.
 * Only these known-good passwords are ever sent: five failed logins lock an account for fifteen minutes,
 * which would break every later run against the same database.
 */
final class DemoUsers {

    record Credentials(String username, String password) {
    }

    private static final List<Credentials> ACCOUNTS = List.of(
            new Credentials("nurse.evans", "training-nurse-1"),
            new Credentials("nurse.okafor", "training-nurse-2"),
            new Credentials("nurse.williams", "training-nurse-3"),
            new Credentials("dr.jones", "training-doctor-1"),
            new Credentials("dr.patel", "training-doctor-2"),
            new Credentials("pharm.hughes", "training-pharmacist"));

    private DemoUsers() {
    }

    /** The account for simulated user number {@code user} (0-based); several users share an account. */
    static Credentials forUser(int user) {
        return ACCOUNTS.get(Math.floorMod(user, ACCOUNTS.size()));
    }

    static int count() {
        return ACCOUNTS.size();
    }
}
