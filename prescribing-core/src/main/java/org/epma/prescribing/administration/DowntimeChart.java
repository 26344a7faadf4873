package org.epma.prescribing.administration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import org.epma.prescribing.checks.FormularyContent;
import org.epma.prescribing.formulary.Frequency;
import org.epma.prescribing.formulary.OrderWording;
import org.epma.prescribing.order.PrescriptionStatus;
import org.epma.prescribing.patient.AllergyStatus;
import org.epma.prescribing.patient.Measurement;
import org.epma.prescribing.ward.WardPatient;

/**
 * The paper chart a ward carries on with when the system is down: for every patient on the ward, each current order
 * and the doses still to sign for, from those unrecorded now to 24 hours ahead. A read model built from the drug round,
 * so the printout and the screen agree on what is due.
 */
@ApplicationScoped
public class DowntimeChart {

    /** How far ahead the chart lists due doses. */
    public static final int HOURS_AHEAD = 24;

    private final AdministrationChart chart;
    private final FormularyContent content;

    public record Sheet(String wardCode, String wardName, String wardNameCy, ZoneId zone, Instant from, Instant until,
                       List<PatientSheet> patients) {
        public int orderCount() {
            return patients.stream().mapToInt(p -> p.orders().size()).sum();
        }
    }

    /** A patient's page header: who, where, and what a nurse must see before giving anything. */
    public record PatientSheet(long patientId, String bed, String hospitalNumber, String nhsNumber, String givenName, String familyName,
                               LocalDate dateOfBirth, AllergyStatus allergyStatus, List<String> allergies, Weight weight,
                               List<OrderSheet> orders) {
    }

    public record Weight(BigDecimal value, String unit, Instant measuredAt) {
        static Weight of(Measurement m) {
            return m == null ? null : new Weight(m.value(), m.unit(), m.measuredAt());
        }
    }

    /** One order as written on the chart, with its due doses; an as-needed order has none and gets spare boxes. */
    public record OrderSheet(OrderWording wording, String instructions, boolean asNeeded, boolean critical, boolean controlled,
                             boolean verified, boolean suspended, List<DueDose> doses) {
    }

    /** A dose to sign for; overdue when its window closed before the chart was printed. */
    public record DueDose(Instant scheduledAt, boolean overdue) {
    }

    @Inject
    public DowntimeChart(AdministrationChart chart, FormularyContent content) {
        this.chart = chart;
        this.content = content;
    }

    protected DowntimeChart() {
        this(null, null);
    }

    /** The chart of a ward now; an unknown ward is a {@link org.epma.prescribing.refusal.NotFoundException}. */
    public Sheet sheet(String wardCode) {
        AdministrationChart.WardRound round = chart.round(wardCode, HOURS_AHEAD);
        List<PatientSheet> patients = round.patients().stream().map(this::patient).toList();
        return new Sheet(round.ward().code(), round.ward().name(), round.ward().nameCy(), round.ward().timeZone(),
                round.now(), round.until(), patients);
    }

    private PatientSheet patient(AdministrationChart.PatientRound round) {
        WardPatient p = round.patient();
        return new PatientSheet(p.patientId(), p.bed(), p.hospitalNumber(), p.nhsNumber(), p.givenName(), p.familyName(), p.dateOfBirth(),
                p.allergyStatus(), p.allergies(), Weight.of(p.weight()), round.orders().stream().map(this::order).toList());
    }

    private OrderSheet order(AdministrationChart.OrderOnChart order) {
        List<DueDose> doses = order.doses().stream()
                .sorted(Comparator.comparing(ChartDose::scheduledAt))
                .map(d -> new DueDose(d.scheduledAt(), d.state() == ChartDose.State.OVERDUE)).toList();
        return new OrderSheet(order.order().line(content.formulary()).wording(), order.order().instructions(),
                order.order().frequency() == Frequency.PRN, order.product().critical(), order.controlled(), order.verified(),
                order.order().status() == PrescriptionStatus.SUSPENDED, doses);
    }
}
