package org.jixiao.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * A book's cover is one page, whatever it says: the title of a year with both kinds (which Jasper
 * measures as two lines) pushed an empty page behind the cover of the 2023 book.
 */
class BookCoverTest {

    private static final LocalDate RUN = LocalDate.of(2026, 11, 21);

    @Test
    void theLongestTitleAndTheLongestListOfRegionsFitOnePage() throws Exception {
        // every 地区 of the city, broken into lines of at most 30 characters as the book's plan breaks them
        String list = "市级、黄浦区、徐汇区、长宁区、静安区、普陀区、虹口区、\n杨浦区、闵行区、宝山区、嘉定区、浦东新区、金山区、\n"
                + "松江区、青浦区、奉贤区、崇明区";
        for (String title : List.of("2023年度项目支出绩效目标及自评汇编", "2025年度项目支出绩效目标汇编", "2023年度项目支出绩效自评汇编")) {
            for (boolean draft : new boolean[] {false, true}) {
                Rendered cover = TestReports.get().bookCover(title, "全部地区", list,
                        "主管部门 1000 个　绩效目标申报项目 10000 个　绩效自评项目 10000 个", RUN, draft);
                assertThat(cover.pages()).as("%s, draft %s", title, draft).isEqualTo(1);
                try (PDDocument doc = Pdfs.open(cover.pdf())) {
                    assertThat(Pdfs.squeezed(Pdfs.text(doc))).contains(title, "崇明区", "2026年11月21日");
                }
            }
        }
    }
}
