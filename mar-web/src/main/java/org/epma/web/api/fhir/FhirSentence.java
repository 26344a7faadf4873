package org.epma.web.api.fhir;

import java.util.List;
import org.epma.prescribing.wording.Phrase;

/** The refusals of a FHIR search, as message keys with their arguments (the OperationOutcome carries the English). */
public enum FhirSentence implements Phrase {
    UNKNOWN_PARAMETER("fhir.search.unknownParameter", "name", "known"),
    PARAMETER_NEEDED("fhir.search.parameterNeeded", "name"),
    NOT_A_PATIENT("fhir.search.notAPatient", "value"),
    UNKNOWN_STATUS("fhir.search.unknownStatus", "value", "codes"),
    UNKNOWN_CATEGORY("fhir.search.unknownCategory", "value", "codes"),
    NOT_A_DATE("fhir.search.notADate", "value"),
    FORMAT_NOT_SUPPORTED("fhir.format.notSupported", "format");

    private final String key;
    private final List<String> argNames;

    FhirSentence(String key, String... argNames) {
        this.key = key;
        this.argNames = List.of(argNames);
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public List<String> argNames() {
        return argNames;
    }
}
