/** Giving medicines at the bedside: reading scanned barcodes, when a scheduled dose may be given, and the limits of an as-needed order. */
package org.epma.prescribing.administration;
