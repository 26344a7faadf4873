/**
 * A small load driver for ePMA, run from Maven ({@code -Pbench}): it boots the whole application the way a
 * user does (the launcher, the embedded training database, Payara Micro), times the boot, drives the ward
 * list screens with concurrent users, and prints throughput, latency percentiles and resident memory.
 *
 * <p>Only the JDK is used (java.net.http, /proc), so the benchmark measures the application, not a client
 * library, and it cannot drift from the application's build through shared dependencies.
 */
package org.epma.bench;
