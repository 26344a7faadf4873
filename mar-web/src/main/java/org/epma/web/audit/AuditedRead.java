package org.epma.web.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an endpoint whose answer shows patient data (or the audit trail): when it succeeds, the reader, the time,
 * what was read and every patient it showed become one audit entry. The method names what it showed through
 * {@link PatientAccess}; one that answers 2xx without doing so is a bug and gets a 500, not an unaudited read.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AuditedRead {
    ReadRecord value();
}
