package org.epma.pharmacy.verification;

import java.util.List;

/** Signed orders waiting for a pharmacist, with where each patient is now. */
public interface VerificationQueue {

    /** Longest waiting first; {@code wardCode} (null: every ward) narrows to one ward. */
    List<PharmacyVerification.Waiting> waiting(String wardCode);
}
