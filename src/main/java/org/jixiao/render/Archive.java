package org.jixiao.render;

import com.lowagie.text.pdf.PdfCopy;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * What makes a bound publication an archive edition, PDF/A-1b (ISO 19005-1, level B: it will look the
 * same in decades): OpenPDF's PDF/A-1b mode (PDF 1.4), XMP metadata saying what the document
 * information says (title, 主管部门, 年度 ...), an sRGB output intent (the Java runtime's own sRGB
 * profile, ICC version 2, as PDF/A-1 asks), every font embedded as one subset with its CIDSet
 * ({@link SharedFonts}), and no transparency: Jasper marks every page as a transparency group, which
 * PDF/A-1 forbids, so the mark is taken off (nothing on the forms is transparent), and a draft's
 * watermark is printed opaque under the page instead of faint over it.
 *
 * <p>The XMP is written here, not by OpenPDF: OpenPDF 1.3.32 leaves out the x-default language of
 * the title and description and writes pdf:keywords for pdf:Keywords, and veraPDF then finds the
 * metadata and the document information disagreeing.
 */
final class Archive {

    private static final String SRGB = "sRGB IEC61966-2.1";

    private Archive() {
    }

    /** The XMP metadata and the output intent; the document information is {@code about}, {@code producer}, the run date. */
    static void prepare(PdfCopy copy, Description about, String producer, LocalDate runDate) throws IOException {
        copy.setXmpMetadata(xmp(about, producer, runDate));
        copy.setOutputIntents(SRGB, "", "http://www.color.org", SRGB, ICC_Profile.getInstance(ColorSpace.CS_sRGB));
    }

    /** A page as PDF/A-1 takes it, before it is copied. */
    static void page(PdfDictionary page) {
        page.remove(PdfName.GROUP);
    }

    static byte[] xmp(Description about, String producer, LocalDate runDate) {
        String date = runDate + "T00:00:00+08:00";
        StringBuilder x = new StringBuilder("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
                .append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
                .append("<dc:format>application/pdf</dc:format>\n")
                .append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(about.title())).append("</rdf:li></rdf:Alt></dc:title>\n");
        if (about.author() != null) {
            x.append("<dc:creator><rdf:Seq><rdf:li>").append(escape(about.author())).append("</rdf:li></rdf:Seq></dc:creator>\n");
        }
        if (about.subject() != null) {
            x.append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(about.subject()))
                    .append("</rdf:li></rdf:Alt></dc:description>\n");
        }
        x.append("<dc:language><rdf:Bag><rdf:li>zh-CN</rdf:li></rdf:Bag></dc:language>\n</rdf:Description>\n")
                .append("<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n")
                .append("<pdf:Producer>").append(escape(producer)).append("</pdf:Producer>\n");
        if (about.keywords() != null) {
            x.append("<pdf:Keywords>").append(escape(about.keywords())).append("</pdf:Keywords>\n");
        }
        x.append("</rdf:Description>\n<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n")
                .append("<xmp:CreateDate>").append(date).append("</xmp:CreateDate>\n")
                .append("<xmp:ModifyDate>").append(date).append("</xmp:ModifyDate>\n")
                .append("<xmp:CreatorTool>jixiao</xmp:CreatorTool>\n</rdf:Description>\n")
                .append("<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n")
                .append("<pdfaid:part>1</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n</rdf:Description>\n")
                .append("</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
