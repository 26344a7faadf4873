package org.epma.hl7.inbound;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The SHA-256 of a message's content, to tell a resend (same control id, same content) from a different message
 * that reuses a control id. MSH-7 is left out, since some systems stamp the time again when they resend, and
 * segment endings are normalised (CR, LF or CRLF, trailing blanks).
 */
final class ContentDigest {

    private ContentDigest() {
    }

    static String of(String message) {
        List<String> segments = new ArrayList<>();
        for (String segment : message.split("\r\n|\r|\n")) {
            String s = segment.stripTrailing();
            if (!s.isEmpty()) {
                segments.add(s.startsWith("MSH") ? withoutSendTime(s) : s);
            }
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\r", segments).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String withoutSendTime(String msh) {
        if (msh.length() < 4) {
            return msh;
        }
        String separator = String.valueOf(msh.charAt(3));
        String[] fields = msh.split(Pattern.quote(separator), -1);
        if (fields.length > 6) {
            fields[6] = ""; // MSH-7: fields[0] is "MSH" and MSH-1 is the separator itself
        }
        return String.join(separator, fields);
    }
}
