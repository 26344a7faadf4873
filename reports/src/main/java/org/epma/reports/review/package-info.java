/** Alerts overridden at signing and what pharmacists did about orders: the prescribing safety review of a ward. */
package org.epma.reports.review;
