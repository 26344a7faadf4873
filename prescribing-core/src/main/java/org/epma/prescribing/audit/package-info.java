/** The append-only audit trail: every clinical or security change, chained by SHA-256 so tampering shows. */
package org.epma.prescribing.audit;
