package org.epma.prescribing.administration;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.epma.prescribing.formulary.Gtin;
import org.epma.prescribing.patient.HospitalNumber;
import org.epma.prescribing.refusal.InvalidInputException;

/**
 * Reads what a keyboard-wedge scanner types at the bedside: a GS1 element string (from a GS1 DataMatrix,
 * GS1-128 or GS1 DataBar), a linear GTIN (EAN-13, UPC-A, EAN-8, ITF-14), or a wristband's hospital number.
 *
 * <p>When the scanner sends an AIM symbology identifier ("]d2", "]C1", "]E0" …, ISO/IEC 15424), the
 * identifier decides how the rest is read: GS1 symbologies are GS1 element strings, EAN/UPC and ITF carry a bare
 * GTIN, anything else can only be a wristband. Without one the content decides, in this order: a GS1 element string
 * (it contains a group separator, is written with brackets, or starts with a GTIN (01) or an expiry (17) that
 * parses with a GTIN); then 8, 12, 13 or 14 digits with a right check digit, a GTIN; then a hospital number. An
 * all-digit hospital number of 8, 12, 13 or 14 digits whose last digit happens to be a GTIN check digit is
 * therefore read as a medicine unless the scanner sends identifiers.
 */
public final class BarcodeReader {

    /** ASCII GS: what a scanner types for the FNC1 that ends a variable-length GS1 field. */
    static final char GROUP_SEPARATOR = '\u001D';

    private static final String NOT_A_MEDICINE = "This barcode is not a medicine or a wristband: ";

    /** AIM identifiers of symbologies whose data are GS1 element strings (FNC1 in first position). */
    private static final Set<String> GS1_SYMBOLOGIES = Set.of("]C1", "]d2", "]e0", "]Q3", "]J1");

    private static final Pattern SYMBOLOGY_IDENTIFIER = Pattern.compile("\\][A-Za-z][0-9A-Za-z]");
    private static final Pattern GTIN_DIGITS = Pattern.compile("\\d{8}|\\d{12,14}");
    private static final Pattern STARTS_WITH_GTIN = Pattern.compile("01\\d{14}.*", Pattern.DOTALL);
    private static final Pattern HOSPITAL_NUMBER = Pattern.compile("[A-Za-z0-9]{4,20}");
    private static final Pattern BRACKETED = Pattern.compile("(\\(\\d{2,4}\\)[^()]*)+");
    private static final Pattern BRACKETED_ELEMENT = Pattern.compile("\\((\\d{2,4})\\)([^()]*)");
    /** GS1 AI encodable character set 82 (GS1 General Specifications, 7.11): what a batch or serial number may hold. */
    private static final Pattern CHARACTER_SET_82 = Pattern.compile("[!\"%&'()*+,\\-./0-9:;<=>?A-Z_a-z]+");

    /**
     * The four elements of a medicine pack's unique identifier under the Falsified Medicines Directive. Any other AI
     * is refused rather than skipped: a variable-length AI this table does not know cannot be split from what follows.
     */
    private enum Field {
        GTIN("01", "GTIN", 14, true),
        EXPIRY("17", "expiry date", 6, true),
        BATCH("10", "batch", 20, false),
        SERIAL("21", "serial number", 20, false);

        final String ai;
        final String words;
        final int length;
        final boolean fixed;

        Field(String ai, String words, int length, boolean fixed) {
            this.ai = ai;
            this.words = words;
            this.length = length;
            this.fixed = fixed;
        }

        static Optional<Field> of(String ai) {
            return Arrays.stream(values()).filter(f -> f.ai.equals(ai)).findFirst();
        }

        String named() {
            return "the " + words + " (" + ai + ")";
        }
    }

    private BarcodeReader() {
    }

    /**
     * What was scanned.
     *
     * @param scanned the characters the scanner typed, possibly with its Enter, a symbology identifier and group
     *                separators; null or blank is read as nothing scanned
     * @param today   the ward's date, which places a two-digit expiry year in its century
     */
    public static ScanResult read(String scanned, LocalDate today) {
        Objects.requireNonNull(today, "today");
        try {
            return interpret(scanned == null ? "" : scanned, today);
        } catch (Unreadable e) {
            return new UnreadableScan(e.problem, NOT_A_MEDICINE + e.getMessage() + ".");
        }
    }

    private static ScanResult interpret(String scanned, LocalDate today) {
        String text = withoutKeyboardNoise(scanned);
        String symbology = "";
        Matcher identifier = SYMBOLOGY_IDENTIFIER.matcher(text);
        if (identifier.lookingAt()) {
            symbology = identifier.group();
            text = text.substring(symbology.length());
        }
        text = withoutOuterSeparators(text);
        if (text.isEmpty()) {
            throw new Unreadable(ScanProblem.NOTHING_SCANNED, "nothing was read from it");
        }
        if (GS1_SYMBOLOGIES.contains(symbology)) {
            return gs1(text, today);
        }
        if (symbology.startsWith("]E") || symbology.startsWith("]I")) {
            return linear(text);
        }
        if (!symbology.isEmpty()) {
            // Code 128 without FNC1, Code 39, plain Data Matrix or QR: not a GS1 carrier, so not a medicine pack
            return wristband(text);
        }
        if (text.indexOf(GROUP_SEPARATOR) >= 0 || text.startsWith("(") || STARTS_WITH_GTIN.matcher(text).matches()) {
            return gs1(text, today);
        }
        if (text.startsWith("17")) {
            try {
                return gs1(text, today);
            } catch (Unreadable notGs1) {
                // a hospital number may begin with 17; only a whole GS1 string with a GTIN counts as a medicine
            }
        }
        if (GTIN_DIGITS.matcher(text).matches() && checkDigitFits(text)) {
            return ProductScan.ofGtin(Gtin.parse(text));
        }
        return wristband(text);
    }

    /** The scanner's Enter (CR, LF or both), a Tab suffix, and spaces around a typed code; GS is kept. */
    private static String withoutKeyboardNoise(String scanned) {
        int start = 0;
        int end = scanned.length();
        while (start < end && " \t\r\n".indexOf(scanned.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && " \t\r\n".indexOf(scanned.charAt(end - 1)) >= 0) {
            end--;
        }
        return scanned.substring(start, end);
    }

    /** Some scanners type the leading FNC1 of a GS1 symbol as GS, and some end every field with one. */
    private static String withoutOuterSeparators(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == GROUP_SEPARATOR) {
            start++;
        }
        while (end > start && text.charAt(end - 1) == GROUP_SEPARATOR) {
            end--;
        }
        return text.substring(start, end);
    }

    private static ProductScan gs1(String text, LocalDate today) {
        Map<Field, String> fields = text.startsWith("(") ? bracketed(text) : elementString(text);
        if (!fields.containsKey(Field.GTIN)) {
            throw new Unreadable(ScanProblem.NO_GTIN, "its GS1 code has no GTIN (01), so it does not say which medicine it is");
        }
        Gtin gtin = gtin(fields.get(Field.GTIN));
        LocalDate expiry = fields.containsKey(Field.EXPIRY) ? expiry(fields.get(Field.EXPIRY), today) : null;
        return new ProductScan(gtin, expiry, fields.get(Field.BATCH), fields.get(Field.SERIAL));
    }

    /** The form a scanner types: AI and value run together, a variable-length value ended by GS or the end of data. */
    private static Map<Field, String> elementString(String text) {
        Map<Field, String> fields = new EnumMap<>(Field.class);
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == GROUP_SEPARATOR) {
                // GS after a fixed-length field is not needed but some printers put it there; it changes nothing
                i++;
                continue;
            }
            if (i + 2 > text.length() || !isDigit(text.charAt(i)) || !isDigit(text.charAt(i + 1))) {
                throw new Unreadable(ScanProblem.MALFORMED_FIELD,
                        "its GS1 code has characters where an Application Identifier should be");
            }
            int at = i;
            Field field = Field.of(text.substring(i, i + 2)).orElseThrow(() -> unknownIdentifier(text, at));
            i += 2;
            int end = separatorOrEnd(text, i);
            if (field.fixed) {
                if (end - i < field.length) {
                    throw wrongLength(field, end - i);
                }
                end = i + field.length;
            }
            put(fields, field, text.substring(i, end));
            i = end;
        }
        return fields;
    }

    /** The human-readable form printed under a symbol, "(01)05012345678900(17)270131(10)AB123", as typed or pasted. */
    private static Map<Field, String> bracketed(String text) {
        // spaces and separators cannot be part of a GS1 value, so between brackets they are only layout
        String compact = text.replaceAll("[\\s\\u001D]", "");
        if (!BRACKETED.matcher(compact).matches()) {
            throw new Unreadable(ScanProblem.MALFORMED_FIELD,
                    "its brackets do not enclose GS1 Application Identifiers followed by their values");
        }
        Map<Field, String> fields = new EnumMap<>(Field.class);
        Matcher element = BRACKETED_ELEMENT.matcher(compact);
        while (element.find()) {
            String ai = element.group(1);
            String value = element.group(2);
            Field field = Field.of(ai).orElseThrow(() -> unknownIdentifier(ai));
            if (field.fixed && value.length() != field.length) {
                throw wrongLength(field, value.length());
            }
            put(fields, field, value);
        }
        return fields;
    }

    private static void put(Map<Field, String> fields, Field field, String value) {
        if (fields.containsKey(field)) {
            throw new Unreadable(ScanProblem.REPEATED_FIELD, field.named() + " appears twice in its GS1 code");
        }
        if (value.isEmpty()) {
            throw new Unreadable(ScanProblem.MALFORMED_FIELD, field.named() + " in its GS1 code is empty");
        }
        if (field.fixed && !value.chars().allMatch(BarcodeReader::isDigit)) {
            throw new Unreadable(ScanProblem.MALFORMED_FIELD, field.named() + " must be " + field.length + " digits");
        }
        if (!field.fixed && value.length() > field.length) {
            // the usual cause is a scanner or browser that drops GS, so the next field ran on into this one
            throw new Unreadable(ScanProblem.MALFORMED_FIELD, field.named() + " is longer than " + field.length
                    + " characters, which happens when the separator between fields is lost");
        }
        if (!CHARACTER_SET_82.matcher(value).matches()) {
            throw new Unreadable(ScanProblem.MALFORMED_FIELD, field.named() + " holds characters GS1 does not allow");
        }
        fields.put(field, value);
    }

    private static Unreadable wrongLength(Field field, int length) {
        return new Unreadable(ScanProblem.MALFORMED_FIELD, field.named() + " has " + length + " characters where "
                + field.length + " are needed");
    }

    /** Names the whole AI: all AIs with the same first two digits have the same length (GS1 General Specifications). */
    private static Unreadable unknownIdentifier(String text, int at) {
        int length = identifierLength(Integer.parseInt(text.substring(at, at + 2)));
        String ai = text.substring(at, Math.min(at + length, text.length()));
        return unknownIdentifier(ai.chars().allMatch(BarcodeReader::isDigit) ? ai : ai.substring(0, 2));
    }

    private static Unreadable unknownIdentifier(String ai) {
        return new Unreadable(ScanProblem.UNKNOWN_APPLICATION_IDENTIFIER,
                "its GS1 code carries Application Identifier (" + ai + "), which this system does not read");
    }

    private static int identifierLength(int firstTwoDigits) {
        return switch (firstTwoDigits) {
            case 23, 24, 25, 40, 41, 42, 71 -> 3;
            case 31, 32, 33, 34, 35, 36, 39, 43, 70, 72, 80, 81, 82 -> 4;
            default -> 2;
        };
    }

    private static int separatorOrEnd(String text, int from) {
        int separator = text.indexOf(GROUP_SEPARATOR, from);
        return separator < 0 ? text.length() : separator;
    }

    private static Gtin gtin(String digits) {
        try {
            return Gtin.parse(digits);
        } catch (InvalidInputException e) {
            throw new Unreadable(ScanProblem.CHECK_DIGIT, "GTIN " + digits + " fails its check digit");
        }
    }

    /**
     * YYMMDD. The century follows GS1's sliding window (General Specifications 7.12): a year 51 or more ahead of
     * this one is in the last century, 50 or more behind is in the next. Day 00 means the month's last day.
     */
    private static LocalDate expiry(String yymmdd, LocalDate today) {
        int yy = Integer.parseInt(yymmdd.substring(0, 2));
        int mm = Integer.parseInt(yymmdd.substring(2, 4));
        int dd = Integer.parseInt(yymmdd.substring(4, 6));
        if (mm < 1 || mm > 12) {
            throw invalidExpiry(yymmdd);
        }
        YearMonth month = YearMonth.of(yearOf(yy, today.getYear()), mm);
        if (dd == 0) {
            return month.atEndOfMonth();
        }
        if (dd > month.lengthOfMonth()) {
            throw invalidExpiry(yymmdd);
        }
        return month.atDay(dd);
    }

    static int yearOf(int yy, int currentYear) {
        int century = currentYear - Math.floorMod(currentYear, 100);
        int difference = yy - Math.floorMod(currentYear, 100);
        if (difference >= 51) {
            return century - 100 + yy;
        }
        if (difference <= -50) {
            return century + 100 + yy;
        }
        return century + yy;
    }

    private static Unreadable invalidExpiry(String yymmdd) {
        return new Unreadable(ScanProblem.INVALID_EXPIRY_DATE, "the expiry date (17) " + yymmdd + " is not a date");
    }

    /** EAN/UPC and ITF symbols carry nothing but a GTIN, so anything else in them is a misread. */
    private static ProductScan linear(String text) {
        if (!GTIN_DIGITS.matcher(text).matches()) {
            throw new Unreadable(ScanProblem.NOT_RECOGNISED,
                    "a retail or outer-case barcode should hold a GTIN of 8, 12, 13 or 14 digits");
        }
        return ProductScan.ofGtin(gtin(text));
    }

    private static ScanResult wristband(String text) {
        if (!HOSPITAL_NUMBER.matcher(text).matches()) {
            throw new Unreadable(ScanProblem.NOT_RECOGNISED,
                    "it is not a GS1 code, a GTIN or a hospital number of 4 to 20 letters and digits");
        }
        return new WristbandScan(new HospitalNumber(text));
    }

    private static boolean checkDigitFits(String digits) {
        return Gtin.checkDigit(digits.substring(0, digits.length() - 1)) == digits.charAt(digits.length() - 1) - '0';
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /** Carries the reason out of the nested reading steps; never leaves this class. */
    private static final class Unreadable extends RuntimeException {
        private final ScanProblem problem;

        Unreadable(ScanProblem problem, String reason) {
            super(reason, null, false, false);
            this.problem = problem;
        }
    }
}
