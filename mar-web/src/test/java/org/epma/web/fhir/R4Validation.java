package org.epma.web.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * HAPI's instance validator against the base R4 structure definitions (hapi-fhir-validation-resources-r4), with FHIR's
 * own code systems in memory and no terminology server: errors and fatal errors fail; warnings and information (such
 * as a local code system the validator cannot look up) are allowed.
 */
public final class R4Validation {

    private static FhirValidator validator;

    private R4Validation() {
    }

    private static synchronized FhirValidator validator() {
        if (validator == null) {
            FhirContext context = FhirContext.forR4Cached();
            ValidationSupportChain support = new ValidationSupportChain(new DefaultProfileValidationSupport(context),
                    new InMemoryTerminologyServerValidationSupport(context), new CommonCodeSystemsTerminologyService(context));
            FhirInstanceValidator instance = new FhirInstanceValidator(support);
            instance.setAnyExtensionsAllowed(false);
            validator = context.newValidator().registerValidatorModule(instance);
        }
        return validator;
    }

    /** The errors of a resource, each "severity location: message"; empty when it validates. */
    public static List<String> errors(IBaseResource resource) {
        ValidationResult result = validator().validateWithResult(resource);
        return result.getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .map(R4Validation::describe).toList();
    }

    /** The errors of a resource given as FHIR JSON, as a client receives it. */
    public static List<String> errors(String json) {
        return errors(FhirContext.forR4Cached().newJsonParser().parseResource(json));
    }

    public static void assertValid(IBaseResource resource) {
        assertEquals(List.of(), errors(resource), () -> FhirContext.forR4Cached().newJsonParser().setPrettyPrint(true)
                .encodeResourceToString(resource));
    }

    private static String describe(SingleValidationMessage message) {
        return message.getSeverity() + " " + message.getLocationString() + ": " + message.getMessage();
    }
}
