package org.epma.reports.print;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of every report in English or Welsh (org/epma/reports/labels*.properties). Loaded without falling back
 * to the server's default language, so an English printout is English on a server set to Welsh and the other way.
 */
public record Labels(ResourceBundle bundle) {

    private static final String BUNDLE = "org.epma.reports.labels";

    public static Labels of(Locale locale) {
        return new Labels(ResourceBundle.getBundle(BUNDLE, locale, Labels.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    public String text(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
    }
}
