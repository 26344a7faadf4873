package org.epma.hl7.outbound;

/**
 * A member of staff named in an order (prescriber, pharmacist). ePMA keeps one display name per user rather
 * than name parts, so the whole display name is written as the family name component of the XCN.
 */
public record Clinician(String username, String displayName) {

    public Clinician {
        MessageHeader.requireText(username, "username");
        MessageHeader.requireText(displayName, "displayName");
    }
}
