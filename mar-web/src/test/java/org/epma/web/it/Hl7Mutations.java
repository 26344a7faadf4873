package org.epma.web.it;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Hostile HL7 v2 messages made from a valid ADT or RDS^O13 by mutation: segments left out, repeated, swapped or
 * unknown; fields emptied, set to the HL7 null, to huge, binary, control or delimiter-laden values, to numbers and
 * dates no field can hold; MSH fields that name other encodings, types, versions and acknowledgement modes; other
 * segment separators; and framing that MLLP does not allow (docs/hl7.md, "Transport").
 */
final class Hl7Mutations {

    /** How a mutant travels: in a good frame, or in one of the broken ways a listener must survive. */
    enum Framing { GOOD, END_WITHOUT_CR, START_INSIDE, BYTES_BEFORE, EMPTY, UNTERMINATED, OVER_ONE_MEBIBYTE }

    /** A mutated message, what was done to it, and how its frame is written. */
    record Mutant(String family, byte[] message, Framing framing) {
        /** The bytes on the wire. */
        byte[] wire() {
            ByteArrayOutputStream out = new ByteArrayOutputStream(message.length + 16);
            switch (framing) {
                case END_WITHOUT_CR -> {
                    out.write(MllpConnection.START);
                    out.writeBytes(message);
                    out.write(MllpConnection.END);
                    out.write('x');
                }
                case START_INSIDE -> {
                    out.write(MllpConnection.START);
                    out.writeBytes(Arrays.copyOf(message, message.length / 2));
                    out.writeBytes(MllpConnection.frame(message));
                }
                case BYTES_BEFORE -> {
                    out.writeBytes("junk between frames\r\n\u0000".getBytes(StandardCharsets.UTF_8));
                    out.writeBytes(MllpConnection.frame(message));
                }
                case EMPTY -> out.writeBytes(MllpConnection.frame(new byte[0]));
                case UNTERMINATED -> {
                    out.write(MllpConnection.START);
                    out.writeBytes(message);
                }
                case OVER_ONE_MEBIBYTE -> {
                    byte[] big = Arrays.copyOf(message, 1_100_000);
                    Arrays.fill(big, message.length, big.length, (byte) 'x');
                    out.writeBytes(MllpConnection.frame(big));
                }
                default -> out.writeBytes(MllpConnection.frame(message));
            }
            return out.toByteArray();
        }

        /** Whether the listener must answer it: every frame does, except an ACK (never answered) and enhanced mode, whose
         * MSH-15/16 may ask for no answer. */
        boolean mustBeAnswered() {
            if (framing == Framing.UNTERMINATED) {
                return false;
            }
            String text = new String(message, StandardCharsets.ISO_8859_1);
            String[] msh = text.split("[\r\n]", 2)[0].split("\\|", -1);
            boolean isMessage = text.startsWith("MSH") && msh.length > 9 && !msh[0].isEmpty();
            return !isMessage || !(msh[8].startsWith("ACK") || msh.length > 14 && !msh[14].isEmpty() || msh.length > 15 && !msh[15].isEmpty());
        }
    }

    private static final List<String> VALUES = List.of("", "\"\"", "x", "-1", "0", "1E+5000000", "NaN", "99999999999999999999999",
            "0.0000000000001", "1e3", "99999999", "00000000", "20261399", "20261123256000", "2026112310150099999999", "19000101",
            "21000101", "+9999", "2026-11-23", "\u0000", "\u0001\u0007\u001b", "^^^^^", "&&&&", "\\X00\\", "\\.br\\", "\\E\\", "\\",
            "ÿþ", "😀", "' OR '1'='1", "<script>", "F", "M", "U", "Q", "DA", "ZZ", "SV", "MR", "NHS", "9434765919", "9434765918",
            "CYBI", "NOWARD", "order-1", "order-x", "order-9223372036854775808");
    private static final List<Integer> LENGTHS = List.of(20, 21, 64, 65, 100, 101, 200, 1000, 5000, 65_536, 300_000);
    private static final List<String> MESSAGE_TYPES = List.of("ADT^A99^ADT_A01", "ADT", "^", "", "ORU^R01^ORU_R01", "RDS^O01",
            "ACK^A01^ACK", "ADT^A01^ADT_A99", "ADT^A40^ADT_A01", "RDS^O13^ADT_A01", "ADT^A01^ADT_A01^X", "adt^a01");
    private static final List<String> VERSIONS = List.of("2.9", "9.9", "", "2.1", "2.3", "2.4", "3.0", "2.5.1.1", "x");
    private static final List<String> ACK_MODES = List.of("AL", "NE", "ER", "SU", "XX", "");
    private static final List<String> ENCODINGS = List.of("", "^~\\", "^~\\&#", "####", "^^^^", "~");

    private final Random random;

    Hl7Mutations(Random random) {
        this.random = random;
    }

    Mutant mutate(String valid) {
        int framing = random.nextInt(100);
        if (framing < 2) {
            return new Mutant("unterminated frame", bytes(valid), Framing.UNTERMINATED);
        }
        if (framing < 4) {
            return new Mutant("0x1C without 0x0D", bytes(valid), Framing.END_WITHOUT_CR);
        }
        if (framing < 6) {
            return new Mutant("frame started inside a frame", bytes(valid), Framing.START_INSIDE);
        }
        if (framing < 8) {
            return new Mutant("bytes between frames", bytes(valid), Framing.BYTES_BEFORE);
        }
        if (framing < 9) {
            return new Mutant("empty frame", new byte[0], Framing.EMPTY);
        }
        List<String> segments = new ArrayList<>(List.of(valid.split("\r")));
        List<String> done = new ArrayList<>();
        int mutations = 1 + random.nextInt(3);
        for (int i = 0; i < mutations; i++) {
            mutateSegments(segments, done);
        }
        String separator = "\r";
        if (random.nextInt(15) == 0) {
            separator = pick(List.of("\n", "\r\n", "\r\r", ""));
            done.add("segments separated by " + separator.replace("\r", "CR").replace("\n", "LF"));
        }
        byte[] message = bytes(String.join(separator, segments) + separator);
        if (random.nextInt(12) == 0) {
            message = withBadBytes(message);
            done.add("bytes that are not UTF-8");
        }
        return new Mutant(String.join("+", done), message, Framing.GOOD);
    }

    /** A message of more than 1 MiB: the listener answers AR and goes on (a few a run, each costs a mebibyte). */
    Mutant oversized(String valid) {
        return new Mutant("frame over 1 MiB", bytes(valid), Framing.OVER_ONE_MEBIBYTE);
    }

    private void mutateSegments(List<String> segments, List<String> done) {
        int kind = random.nextInt(100);
        int at = random.nextInt(segments.size());
        if (kind < 10 && segments.size() > 1) {
            done.add("no " + name(segments.remove(at)));
        } else if (kind < 16) {
            done.add("repeated " + name(segments.get(at)));
            segments.add(at, segments.get(at));
        } else if (kind < 20 && segments.size() > 1) {
            int other = random.nextInt(segments.size());
            done.add("swapped " + name(segments.get(at)) + " and " + name(segments.get(other)));
            String moved = segments.get(at);
            segments.set(at, segments.get(other));
            segments.set(other, moved);
        } else if (kind < 24) {
            done.add("unknown segment");
            segments.add(at, pick(List.of("ZZZ|1|x", "PID", "", "MSH|^~\\&|PAS|HOSPITAL", "OBX|1|NM|x||" + "9".repeat(400), "|||")));
        } else if (kind < 40) {
            mutateHeader(segments, done);
        } else {
            String segment = segments.get(at);
            String[] fields = segment.split("\\|", -1);
            int field = 1 + random.nextInt(fields.length + 2);
            if (segment.startsWith("MSH") && field <= 2) {
                field = 3;
            }
            String value = value();
            done.add(name(segment) + "-" + field + " " + describe(value));
            segments.set(at, setField(segment, field, value));
        }
    }

    private void mutateHeader(List<String> segments, List<String> done) {
        int msh = segments.indexOf(segments.stream().filter(s -> s.startsWith("MSH")).findFirst().orElse(null));
        if (msh < 0) {
            done.add("no MSH to change");
            return;
        }
        String header = segments.get(msh);
        switch (random.nextInt(8)) {
            case 0 -> {
                String encoding = pick(ENCODINGS);
                done.add("MSH-2 " + describe(encoding));
                String[] fields = header.split("\\|", -1);
                fields[1] = encoding;
                header = String.join("|", fields);
            }
            case 1 -> {
                String type = pick(MESSAGE_TYPES);
                done.add("MSH-9 " + describe(type));
                header = setField(header, 9, type);
            }
            case 2 -> {
                String id = pick(List.of("", "x".repeat(200), "DUPLICATE-1", "\u0000"));
                done.add("MSH-10 " + describe(id));
                header = setField(header, 10, id);
            }
            case 3 -> {
                String version = pick(VERSIONS);
                done.add("MSH-12 " + describe(version));
                header = setField(header, 12, version);
            }
            case 4 -> {
                String accept = pick(ACK_MODES);
                String application = pick(ACK_MODES);
                done.add("MSH-15/16 " + accept + "/" + application);
                header = setField(setField(header, 15, accept), 16, application);
            }
            case 5 -> {
                String charset = pick(List.of("8859/1", "UNICODE UTF-16", "garbage", "UNICODE UTF-8"));
                done.add("MSH-18 " + charset);
                header = setField(header, 18, charset);
            }
            case 6 -> {
                String sender = pick(List.of("EVIL", "", "PAS^x^y", "*", "PHARMACY"));
                done.add("MSH-3 " + describe(sender));
                header = setField(header, 3, sender);
            }
            default -> {
                String time = pick(List.of("", "x", "99999999999999", "2026", "20261123101500.123456789+9999"));
                done.add("MSH-7 " + describe(time));
                header = setField(header, 7, time);
            }
        }
        segments.set(msh, header);
    }

    private String value() {
        if (random.nextInt(3) == 0) {
            int length = pick(LENGTHS);
            return pick(List.of("x", "9", "~", "^", "é")).repeat(length);
        }
        return pick(VALUES);
    }

    /** The segment with its field (counted as HL7 does: MSH-3 is the third) set, padded with empty fields if short. */
    private static String setField(String segment, int field, String value) {
        List<String> fields = new ArrayList<>(List.of(segment.split("\\|", -1)));
        int index = segment.startsWith("MSH") ? field - 1 : field;
        while (fields.size() <= index) {
            fields.add("");
        }
        fields.set(index, value);
        return String.join("|", fields);
    }

    private byte[] withBadBytes(byte[] message) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = random.nextInt(message.length + 1);
        out.write(message, 0, at);
        out.writeBytes(pick(List.of(new byte[] {(byte) 0xFF, (byte) 0xFE}, new byte[] {(byte) 0xC0, (byte) 0x80},
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {0, 0, 0}, new byte[] {(byte) 0x80})));
        out.write(message, at, message.length - at);
        return out.toByteArray();
    }

    private static String name(String segment) {
        return segment.length() >= 3 ? segment.substring(0, 3) : "'" + segment + "'";
    }

    private static String describe(String value) {
        return value.length() > 12 ? value.substring(0, 4) + "… (" + value.length() + ")" : "'" + value.replace("\u0000", "\\0") + "'";
    }

    private <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
