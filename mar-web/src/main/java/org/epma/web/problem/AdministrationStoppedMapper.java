package org.epma.web.problem;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.epma.prescribing.administration.AdministrationStopped;

/**
 * A bedside stop is 422 with a type per stop (…/problems/stop/wrong-patient) so that screens can name it in any language,
 * and its sentence as {@code code} and {@code args}.
 */
@Provider
public class AdministrationStoppedMapper implements ExceptionMapper<AdministrationStopped> {

    /** {@link Problem} and the stop's args. */
    @JsonbPropertyOrder({"type", "title", "status", "detail", "args"})
    public record StopProblem(String type, String title, int status, String detail, Map<String, String> args) {
    }

    @Override
    public Response toResponse(AdministrationStopped e) {
        String code = e.stop().name().toLowerCase(Locale.ROOT).replace('_', '-');
        return new Problem("https://epma.example.org/problems/stop/" + code, "Stop: do not give", 422, e.getMessage(), null)
                .worded(e.wording()).toResponse();
    }
}
