package org.jixiao.filing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256, the one hash jixiao uses: a filing's content identity, an output's checksum in manifest.json,
 * and the fingerprint that says what an output was made from. Fields are added with a separator, so
 * ("ab", "c") and ("a", "bc") differ.
 */
public final class Sha256 {

    private static final byte SEPARATOR = 0x1F;
    private final MessageDigest digest = newDigest();

    /** A new, empty digest. */
    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The digest as 64 lowercase hex digits. */
    public static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The SHA-256 of a file's bytes, streamed. */
    public static String of(Path file) throws IOException {
        MessageDigest md = newDigest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return hex(md);
    }

    /** The SHA-256 of the fields given, each followed by the separator. */
    public static String of(Object... fields) {
        Sha256 s = new Sha256();
        for (Object f : fields) {
            s.add(f);
        }
        return s.hex();
    }

    /** Adds a field: its text (null as a field of its own kind), then the separator. */
    public Sha256 add(Object field) {
        if (field == null) {
            digest.update((byte) 0);
        } else {
            digest.update(String.valueOf(field).getBytes(StandardCharsets.UTF_8));
        }
        digest.update(SEPARATOR);
        return this;
    }

    public String hex() {
        return hex(digest);
    }
}
