package org.epma.reports.print;

import java.text.MessageFormat;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.ResourceBundle;
import org.epma.prescribing.formulary.Dose;
import org.epma.prescribing.formulary.Frequency;
import org.epma.prescribing.formulary.OrderWording;
import org.epma.prescribing.formulary.Quantity;
import org.epma.prescribing.formulary.Route;

/**
 * Orders and doses in the report's language. English is the domain's own wording; Welsh takes the words of the screens
 * (org/epma/reports/orderwords_cy.properties) around the medicine's name, which stays as the formulary writes it. A
 * count after a number keeps the singular in Welsh ("2 dabled" is written "2 tabled", as on screen).
 */
public final class OrderWords {

    private static final String WELSH_WORDS = "org.epma.reports.orderwords";

    private final ResourceBundle welsh;

    private OrderWords(ResourceBundle welsh) {
        this.welsh = welsh;
    }

    public static OrderWords of(Locale locale) {
        return new OrderWords(Printing.WELSH.getLanguage().equals(locale.getLanguage())
                ? ResourceBundle.getBundle(WELSH_WORDS, locale, OrderWords.class.getClassLoader(),
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                : null);
    }

    /** "Co-codamol 30/500 tablets 2 tablets oral four times a day" / "… 2 tabled drwy’r geg pedair gwaith y dydd". */
    public String order(OrderWording order) {
        if (welsh == null) {
            return order.english();
        }
        String limits = order.frequency() == Frequency.PRN && order.prnMaxDosesPer24h() != null
                ? " " + format("prn.max", order.prnMaxDosesPer24h()) : "";
        return order.medicine() + " " + dose(order.dose()) + " " + welsh.getString("route." + order.route().name()) + " "
                + welsh.getString("frequency." + order.frequency().name())
                + (order.weeklyOn() == null ? "" : " " + welsh.getString("weekday." + order.weeklyOn().name())) + limits;
    }

    /** "1 to 2 tablets" / "1 i 2 tabled". */
    public String dose(Dose dose) {
        if (welsh == null) {
            return dose.display();
        }
        if (dose.upTo() == null) {
            return quantity(dose.highest());
        }
        // both ends in the unit the top is read in: "0.5 i 1 g", as in English
        Quantity top = dose.highest().natural();
        return format("dose.upTo", new Quantity(dose.amount(), dose.unit()).to(top.unit()).number(), quantity(dose.highest()));
    }

    /** "500 mg", "2 tablets" / "2 tabled"; null stays null. */
    public String quantity(Quantity quantity) {
        if (quantity == null) {
            return null;
        }
        if (welsh == null) {
            return quantity.display();
        }
        Quantity shown = quantity.natural();
        return shown.number() + " " + welsh.getString("unit." + shown.unit().name());
    }

    /** "oral" / "drwy’r geg": the route as the order line words it. */
    public String route(Route route) {
        return welsh == null ? route.words() : welsh.getString("route." + route.name());
    }

    /** "in the morning", "once a week on Monday" / "yn y bore", "unwaith yr wythnos ar ddydd Llun". */
    public String frequency(Frequency frequency, DayOfWeek weeklyOn) {
        if (welsh == null) {
            return frequency.words() + (weeklyOn == null ? "" : " on " + weeklyOn.getDisplayName(TextStyle.FULL, Locale.UK));
        }
        return welsh.getString("frequency." + frequency.name()) + (weeklyOn == null ? "" : " " + welsh.getString("weekday." + weeklyOn.name()));
    }

    private String format(String key, Object... arguments) {
        return new MessageFormat(welsh.getString(key), welsh.getLocale()).format(arguments);
    }
}
