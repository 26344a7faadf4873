package org.epma.web.fhir;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The identifier and code systems the FHIR API names. The NHS number's is national (UK Core); the hospital number and
 * the formulary's local codes belong to the site, which sets them in {@code config/fhir.properties}.
 *
 * @param hospitalNumber the system of the site's hospital (PAS) numbers, e.g. {@code https://fhir.<trust>.nhs.uk/Id/hospital-number}
 * @param medicationCode the system of the formulary's own product codes, until dm+d codes are loaded
 */
public record FhirSystems(String hospitalNumber, String medicationCode) {

    /** UK Core's NHS number system (UKCore-Patient identifier:nhsNumber). */
    public static final String NHS_NUMBER = "https://fhir.nhs.uk/Id/nhs-number";
    public static final String DEFAULT_HOSPITAL_NUMBER = "https://fhir.example-hospital.nhs.uk/Id/hospital-number";
    public static final String DEFAULT_MEDICATION_CODE = "https://fhir.example-hospital.nhs.uk/CodeSystem/formulary-product";

    public FhirSystems {
        hospitalNumber = absolute("hospital-number-system", hospitalNumber);
        medicationCode = absolute("medication-code-system", medicationCode);
    }

    /** Reads {@code config/fhir.properties}; a setting left out keeps its default, a setting that is not a URL stops the start. */
    public static FhirSystems parse(String properties) {
        Properties read = new Properties();
        try {
            read.load(new StringReader(properties));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FhirSystems(read.getProperty("hospital-number-system", DEFAULT_HOSPITAL_NUMBER).strip(),
                read.getProperty("medication-code-system", DEFAULT_MEDICATION_CODE).strip());
    }

    private static String absolute(String setting, String value) {
        if (value == null || !(value.startsWith("https://") || value.startsWith("http://")) || value.contains(" ") || value.contains("|")) {
            throw new IllegalArgumentException("config/fhir.properties: " + setting + " must be an http(s) URL without spaces or '|', not "
                    + value);
        }
        return value;
    }
}
