package org.epma.web.api.admin;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.epma.web.site.SiteConfig;

@Path("system")
@Tag(name = "System")
@Produces(MediaType.APPLICATION_JSON)
public class SystemResource {

    /** What every page needs before login: whether this is the training system. */
    public record SystemView(boolean training, String version) {
    }

    /** The build's version, written into version.properties by Maven. */
    private static final String VERSION = readVersion();

    @Inject
    SiteConfig site;

    @GET
    @PermitAll
    @Operation(summary = "Whether this server runs in TRAINING mode (demo data, not for clinical use), and its version")
    public SystemView system() {
        return new SystemView(site.training(), VERSION);
    }

    private static String readVersion() {
        try (InputStream in = SystemResource.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
