package org.epma.prescribing.administration;

/**
 * The witness named for a controlled drug did not prove who they are. Its own type so that the refused attempt's audit
 * entry commits while the record itself is not made.
 */
public class WitnessNotConfirmed extends AdministrationStopped {

    public WitnessNotConfirmed(String message) {
        super(Stop.WITNESS_NOT_AUTHENTICATED, StopSentence.WITNESS_NOT_ACCEPTED.with(), message);
    }
}
