package org.epma.bench;

/**
 * The kinds of request the load makes. Each has its own histogram: a login costs a PBKDF2 hash (a tenth of
 * a second or more of CPU) and would swamp the ward-list latencies if they were mixed.
 */
enum RequestType {
    LOGIN("login"),
    WARDS("wards"),
    WARD_PATIENTS("ward patients"),
    DRUG_ROUND("drug round"),
    MAR_CHART("MAR chart"),
    RECORD_DOSE("record a dose"),
    PRESCRIBE("prescribe"),
    VERIFY("verify");

    private final String label;

    RequestType(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
