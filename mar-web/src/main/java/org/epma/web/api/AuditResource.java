package org.epma.web.api;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.epma.prescribing.audit.AuditChainReport;
import org.epma.prescribing.audit.AuditChainVerifier;
import org.epma.web.security.StaffRoles;

@Path("audit")
@Tag(name = "Administration")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(StaffRoles.ADMIN)
public class AuditResource {

    @Resource(lookup = "java:app/jdbc/epma")
    DataSource dataSource;

    @GET
    @Path("verification")
    @Operation(summary = "Check the audit trail's hash chain",
            description = "Recomputes every entry's SHA-256 link; names the first entry that was altered or removed.")
    public AuditChainReport verify() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return new AuditChainVerifier(connection).verify();
        }
    }
}
