/**
 * Sentences a person reads, as a message key with named arguments, so that every screen words them in its own
 * language (the bundles en.json and cy.json); the English sentence for logs, HL7 and PDFs travels beside them.
 */
package org.epma.prescribing.wording;
