/**
 * The venous thromboembolism risk assessment of each admission, after NICE NG89 ("Venous thromboembolism in over 16s:
 * reducing the risk of hospital-acquired deep vein thrombosis or pulmonary embolism", 2018, updated 2019): assess as
 * soon as possible after admission or by the time of the first consultant review, with a published tool such as the
 * Department of Health VTE risk assessment tool. Until it is recorded the prescriber sees it due.
 */
package org.epma.prescribing.vte;
