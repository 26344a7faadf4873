package org.epma.web.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.Locale;
import org.epma.prescribing.staff.Language;
import org.epma.prescribing.staff.StaffAccounts;
import org.epma.prescribing.staff.StaffUser;
import org.epma.reports.print.Printing;
import org.epma.web.site.SiteConfig;

/** The heading of a printout for the caller (hospital, who, when, their language, training) and the PDF answer. */
@ApplicationScoped
public class ReportPrinting {

    public static final String PDF = "application/pdf";

    private final ReportSettings settings;
    private final StaffAccounts staff;
    private final SiteConfig site;
    private final Clock clock;

    @Inject
    public ReportPrinting(ReportSettings settings, StaffAccounts staff, SiteConfig site, Clock clock) {
        this.settings = settings;
        this.staff = staff;
        this.site = site;
        this.clock = clock;
    }

    protected ReportPrinting() {
        this(null, null, null, null);
    }

    public Printing printing(String username) {
        StaffUser user = staff.find(username).orElse(null);
        Locale locale = user != null && user.language() == Language.CY ? Printing.WELSH : Locale.ENGLISH;
        return new Printing(settings.hospital(), user == null ? username : user.displayName() + " (" + username + ")",
                clock.instant(), locale, site.training());
    }

    /** Shown in the browser, kept nowhere on the way. */
    public static Response pdf(byte[] content, String fileName) {
        return Response.ok(content, PDF).header("Content-Disposition", "inline; filename=\"" + fileName + "\"")
                .header("Cache-Control", "no-store").build();
    }
}
