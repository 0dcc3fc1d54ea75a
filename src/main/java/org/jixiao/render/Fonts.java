package org.jixiao.render;

import java.util.Locale;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.fonts.FontFace;
import net.sf.jasperreports.engine.fonts.FontFamily;
import net.sf.jasperreports.engine.fonts.FontInfo;
import net.sf.jasperreports.engine.fonts.FontUtil;

/**
 * The CJK font every template uses. It ships with the product as a JasperReports font extension
 * (src/main/resources/jasperreports_extension.properties → org/jixiao/render/fonts/fonts.xml); a
 * missing family or face is an error before anything is rendered, never a silent substitute.
 */
public final class Fonts {

    /** The family name templates and styles.jrtx refer to. */
    public static final String FAMILY = "Source Han Sans CN";

    private Fonts() {
    }

    /** Checks that the family resolves from the font extension with an embeddable normal and bold face. */
    public static FontFamily require(JasperReportsContext context) {
        FontInfo info = FontUtil.getInstance(context).getFontInfo(FAMILY, Locale.SIMPLIFIED_CHINESE);
        if (info == null) {
            throw new IllegalStateException("找不到报表字体「" + FAMILY + "」：字体扩展未随程序打包（org/jixiao/render/fonts/fonts.xml）");
        }
        FontFamily family = info.getFontFamily();
        requireFace(family.getNormalFace(), "常规");
        requireFace(family.getBoldFace(), "粗体");
        if (!Boolean.TRUE.equals(family.isPdfEmbedded()) || !"Identity-H".equals(family.getPdfEncoding())) {
            throw new IllegalStateException("报表字体「" + FAMILY + "」必须以 Identity-H 编码嵌入 PDF");
        }
        return family;
    }

    private static void requireFace(FontFace face, String which) {
        if (face == null || face.getTtf() == null || face.getFont() == null) {
            throw new IllegalStateException("报表字体「" + FAMILY + "」缺少" + which + "字形文件");
        }
    }
}
