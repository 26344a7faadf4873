package org.epma.hl7.inbound;

/** Inbound test messages as a patient administration system and a dispensing system would send them. */
final class Messages {

    private Messages() {
    }

    static String of(String... segments) {
        return String.join("\r", segments) + "\r";
    }

    static String msh(String type, String controlId, String version) {
        return "MSH|^~\\&|PAS|RXX01|EPMA|RXX01|20261123101500||" + type + "|" + controlId + "|P|" + version;
    }

    static final String PID = "PID|1||H1234567^^^RXX01^MR~9434765919^^^NHS^NH||Jones^Mair^^^Mrs||19480302|F";

    static String admitA01() {
        return of(msh("ADT^A01^ADT_A01", "adt-1", "2.5.1"),
                "EVN|A01|20261123101400|||clerk1|20261123100000",
                PID,
                "PV1|1|I|WARD7^^B12||||C123^Evans^Rhys",
                "AL1|1|DA|PENICILLIN^penicillin^EPMA|SV|anaphylaxis~urticaria",
                "AL1|2|FA|^peanuts|MO|swelling",
                "AL1|3|DA|^latex");
    }
}
