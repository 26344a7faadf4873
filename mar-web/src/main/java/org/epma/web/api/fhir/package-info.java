/**
 * The FHIR R4 read and search API (JSON), served at {@code /api/v1/fhir} behind the same login,
 * roles and read auditing as the REST API; every problem is answered as an OperationOutcome (docs/fhir.md).
 */
package org.epma.web.api.fhir;
