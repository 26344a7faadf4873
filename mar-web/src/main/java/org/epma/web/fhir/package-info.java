/**
 * The FHIR R4 view of the record: the domain's patients, allergies, formulary products, inpatient orders and
 * administration records mapped to HAPI FHIR's R4 resources with the identifiers UK Core uses, the site's identifier
 * systems, and the reads behind the FHIR API ({@code org.epma.web.api.fhir}). Nothing here knows HTTP.
 */
package org.epma.web.fhir;
