package org.epma.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.epma.web.reports.DowntimeMarJob;

/**
 * When the downtime charts were last written. Always UP: a stale chart must be seen and fixed by whoever watches
 * /health (alert on stale=true), but it is no reason to take the ward screens out of service.
 */
@Liveness
@ApplicationScoped
public class DowntimeMarHealth implements HealthCheck {

    @Inject
    DowntimeMarJob job;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("downtime-mar").up()
                .withData("folder", job.archive().folder().toString())
                .withData("lastSucceededAt", job.lastSuccess() == null ? "never" : job.lastSuccess().toString())
                .withData("stale", job.stale());
        DowntimeMarJob.Run last = job.lastRun();
        if (last != null) {
            response.withData("lastRunAt", last.at().toString()).withData("lastRunWards", last.written());
            if (!last.succeeded()) {
                response.withData("lastRunFailures", String.join("; ", last.failures()));
            }
        }
        return response.build();
    }
}
