package org.epma.web.training;

import org.epma.prescribing.administration.Administration;

/**
 * Where the training load stores the doses it records as already given. (Issue 13: the administration package's own
 * repository replaces this once it exists.)
 */
public interface PastDoses {

    /** Stores the record; its id is known on return. */
    void add(Administration record);
}
