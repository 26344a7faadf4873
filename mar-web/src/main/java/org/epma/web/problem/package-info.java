/** Every error the API gives is an RFC 9457 problem (application/problem+json); bad input never becomes a 500. */
package org.epma.web.problem;
