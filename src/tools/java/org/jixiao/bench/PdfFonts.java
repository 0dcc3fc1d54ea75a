package org.jixiao.bench;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The font files jixiao's reports embed (Source Han Sans, normal and bold, from the font jar on the
 * classpath), read once and parsed once per thread, embedded as Identity-H subsets: the same work a
 * PDF of jixiao's pages needs, without Jasper. A parsed font is kept to one thread: OpenPDF's font
 * objects keep caches that are not meant for concurrent use.
 */
final class PdfFonts {

    private static final String NORMAL = "com/github/xingfudeshi/fonts/思源黑体正常_0.ttf";
    private static final String BOLD = "com/github/xingfudeshi/fonts/思源黑体中粗.ttf";

    /** The fonts a page is set in. */
    record Faces(Font text, Font label, Font title) {
    }

    private final byte[] normal = read(NORMAL);
    private final byte[] bold = read(BOLD);
    private final ThreadLocal<Faces> faces = ThreadLocal.withInitial(this::parse);

    Faces faces() {
        return faces.get();
    }

    private Faces parse() {
        try {
            BaseFont regular = BaseFont.createFont("思源黑体正常_0.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, normal, null);
            BaseFont heavy = BaseFont.createFont("思源黑体中粗.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bold, null);
            return new Faces(new Font(regular, 8), new Font(heavy, 8), new Font(heavy, 15));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("找不到报表字体文件：" + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
