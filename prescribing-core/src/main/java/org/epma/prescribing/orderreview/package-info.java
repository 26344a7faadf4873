/**
 * How orders fared in review, for the reports pharmacists and managers read: alerts overridden at signing, pharmacists'
 * interventions and rejections, and the time from signing to verification. Read models over orders, wards and
 * patients, so they sit above all three.
 */
package org.epma.prescribing.orderreview;
