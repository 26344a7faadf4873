/**
 * Request bodies of the API for tests and benchmarks, built with JSON-P and filled with sensible defaults a test
 * overrides where it matters: a patient, an order, a signature for a draft's alerts, a dose record. Shared with the
 * bench module through mar-web's test jar (only this package goes in it).
 */
package org.epma.web.testdata;
