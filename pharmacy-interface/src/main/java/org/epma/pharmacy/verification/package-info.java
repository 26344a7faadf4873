/** The pharmacist's verification queue and interventions. */
package org.epma.pharmacy.verification;
