package org.jixiao.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a PDF depend on its content and the run date only. OpenPDF stamps the wall-clock time
 * (CreationDate, ModDate), a random file /ID and random font-subset tags (ABCDEF+); re-rendering the
 * same filings would give different bytes and a different sha256 in manifest.json. Each is replaced
 * in place by a value of exactly the same length, so the cross-reference offsets stay valid.
 */
final class PdfDeterminism {

    private static final Pattern DATE = Pattern.compile("/(CreationDate|ModDate) ?\\(D:(\\d{14})");
    private static final Pattern SUBSET = Pattern.compile("/(?:BaseFont|FontName) ?/([A-Z]{6})\\+");
    private static final Pattern ID = Pattern.compile("/ID ?\\[ ?<([0-9a-fA-F]+)> ?<([0-9a-fA-F]+)> ?\\]");

    private PdfDeterminism() {
    }

    static byte[] normalise(byte[] pdf, LocalDate runDate) {
        // ISO-8859-1 maps every byte to one char and back, so binary streams survive untouched
        String s = new String(pdf, StandardCharsets.ISO_8859_1);
        s = dates(s, runDate.format(DateTimeFormatter.BASIC_ISO_DATE) + "000000");
        s = subsetTags(s);
        s = fileId(s);
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String dates(String s, String stamp) {
        Matcher m = DATE.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group().substring(0, m.start(2) - m.start()) + stamp));
        }
        return m.appendTail(out).toString();
    }

    /** AAAAAA+, AAAAAB+ … in order of first use: stable for the same fonts used in the same order. */
    private static String subsetTags(String s) {
        Map<String, String> tags = new LinkedHashMap<>();
        Matcher m = SUBSET.matcher(s);
        while (m.find()) {
            tags.computeIfAbsent(m.group(1), t -> tag(tags.size()));
        }
        for (Map.Entry<String, String> e : tags.entrySet()) {
            s = s.replace("/" + e.getKey() + "+", "/" + e.getValue() + "+");
        }
        return s;
    }

    private static String tag(int n) {
        char[] c = new char[6];
        for (int i = 5; i >= 0; i--) {
            c[i] = (char) ('A' + n % 26);
            n /= 26;
        }
        return new String(c);
    }

    /** The /ID pair becomes a hash of the document with the old ID blanked out. */
    private static String fileId(String s) {
        Matcher m = ID.matcher(s);
        if (!m.find()) {
            return s;
        }
        String blank = s.substring(0, m.start()) + s.substring(m.end());
        String hex = HexFormat.of().formatHex(sha256(blank)).toUpperCase();
        while (hex.length() < Math.max(m.group(1).length(), m.group(2).length())) {
            hex = hex + hex;
        }
        String id = m.group().replace(m.group(1), hex.substring(0, m.group(1).length()))
                .replace(m.group(2), hex.substring(0, m.group(2).length()));
        return s.substring(0, m.start()) + id + s.substring(m.end());
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.ISO_8859_1));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
