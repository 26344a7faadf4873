/**
 * Subcutaneous insulin beyond its fixed doses: the correction scale a prescriber writes, and the dose it gives at a
 * blood glucose.
 */
package org.epma.prescribing.insulin;
