package org.epma.prescribing.sitedata;

/** A file of site data that cannot be used; the message names the file, the line and the field. */
public class SiteDataException extends RuntimeException {

    public SiteDataException(String source, int line, String field, String message) {
        super(source + (line > 0 ? ", line " + line : "") + (field != null ? ", field '" + field + "'" : "") + ": " + message);
    }
}
