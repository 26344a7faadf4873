package org.epma.prescribing.formulary;

import org.epma.prescribing.wording.Term;

/** Routes of administration, by the codes the formulary files and the API use. */
public enum Route implements Term {
    PO("oral"),
    NG("nasogastric"),
    PEG("gastrostomy"),
    SL("sublingual"),
    BUCCAL("buccal"),
    IV("intravenous"),
    IM("intramuscular"),
    SC("subcutaneous"),
    INH("inhaled"),
    NEB("nebulised"),
    PR("rectal"),
    TOP("topical"),
    TD("transdermal"),
    NASAL("nasal"),
    EYE("eye"),
    IT("intrathecal");

    private final String words;

    Route(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    /** Routes that put a medicine straight into the body's tissues or blood, where an oral form is a never event. */
    public boolean isParenteral() {
        return this == IV || this == IM || this == SC || this == IT;
    }

    @Override
    public String vocabulary() {
        return "route";
    }
}
