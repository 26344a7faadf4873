package org.epma.prescribing.administration;

/**
 * What a bedside scan turned out to be. The screen decides what it expected (wristband first, then the
 * medicine); this only says what was scanned, so that a nurse who scans the wrong thing is told so.
 */
public sealed interface ScanResult permits ProductScan, WristbandScan, UnreadableScan {
}
