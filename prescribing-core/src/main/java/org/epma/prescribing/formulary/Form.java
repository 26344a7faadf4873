package org.epma.prescribing.formulary;

/** The pharmaceutical form of a product. */
public enum Form {
    TABLET, DISPERSIBLE_TABLET, MR_TABLET, CAPSULE, MR_CAPSULE, ORAL_LIQUID, ORAL_POWDER, SUBLINGUAL_TABLET,
    INJECTION, INFUSION, PATCH, INHALER, NEBULISER_SOLUTION, SUPPOSITORY, SPRAY, CREAM, EYE_DROPS;

    /** Forms made to be swallowed: given by injection they are a never event (NHS England Never Events list). */
    public boolean isOral() {
        return switch (this) {
            case TABLET, DISPERSIBLE_TABLET, MR_TABLET, CAPSULE, MR_CAPSULE, ORAL_LIQUID, ORAL_POWDER, SUBLINGUAL_TABLET -> true;
            default -> false;
        };
    }
}
