package org.jixiao.render;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ReferencedCidFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.fonts.FontFamily;

/**
 * The faces of the report font (normal and bold), each read once per process: the font Jasper's PDF
 * pages are written with ({@link ReferencedCidFont}, which names glyphs without embedding them), and
 * the font program that {@link SharedFonts} cuts one subset of for each publication.
 */
final class ReportFonts {

    /** One face: its PostScript name (what a PDF font is called), its font without program, its program. */
    record Face(String name, BaseFont referenced, TrueTypeSubset program) {
    }

    private static final Map<String, ReportFonts> LOADED = new ConcurrentHashMap<>();

    private final Map<String, Face> byName = new HashMap<>();
    /** In the family's order: the normal face first. */
    private final List<Face> faces = new java.util.ArrayList<>();
    private final BaseFont normal;

    private ReportFonts(List<String> paths) {
        BaseFont first = null;
        for (String path : paths) {
            byte[] ttf = read(path);
            try {
                BaseFont referenced = ReferencedCidFont.of(path.substring(path.lastIndexOf('/') + 1), ttf);
                ReferencedCidFont.cacheAs(path, referenced);
                Face face = new Face(referenced.getPostscriptFontName(), referenced, new TrueTypeSubset(ttf));
                if (byName.putIfAbsent(face.name(), face) == null) {
                    faces.add(face);
                }
                first = first == null ? referenced : first;
            } catch (DocumentException | IOException e) {
                throw new IllegalStateException("报表字体无法读取：" + path + "：" + e.getMessage(), e);
            }
        }
        this.normal = first;
    }

    /** The normal face, written without program: what the binder prints page numbers in. */
    BaseFont normal() {
        return normal;
    }

    /** The faces, normal first. */
    List<Face> faces() {
        return faces;
    }

    /** The faces of the family the templates use ({@link Fonts#FAMILY}). */
    static ReportFonts of(JasperReportsContext context) {
        FontFamily family = Fonts.require(context);
        List<String> paths = List.of(family.getNormalFace().getTtf(), family.getBoldFace().getTtf());
        return LOADED.computeIfAbsent(String.join("\n", paths), k -> new ReportFonts(paths));
    }

    /** The face a PDF font of this name is (a subset tag ABCDEF+ ignored), or null when it is none of ours. */
    Face face(String pdfFontName) {
        String name = pdfFontName.length() > 7 && pdfFontName.charAt(6) == '+' ? pdfFontName.substring(7) : pdfFontName;
        return byName.get(name);
    }

    /** {@code font} set in the face written without program, when it is one of ours; else itself. */
    Font referenced(Font font) {
        BaseFont base = font.getBaseFont();
        Face face = base == null ? null : byName.get(base.getPostscriptFontName());
        return face == null ? font : new Font(face.referenced(), font.getSize(), font.getStyle(), font.getColor());
    }

    private static byte[] read(String path) {
        try (InputStream in = ReportFonts.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("找不到报表字体文件：" + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取报表字体文件：" + path, e);
        }
    }
}
