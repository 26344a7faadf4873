/**
 * Auditing what the API shows and refuses: each read of patient data is one audit entry naming the patients it
 * showed ({@link org.epma.web.audit.AuditedRead}); refused requests are logged, and a logged-in user's refusals are
 * audited too.
 */
package org.epma.web.audit;
