package org.jixiao.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.design.JRDesignField;
import org.junit.jupiter.api.Test;

/** The sections of a 汇总表 that never begin at the foot of a page: a heading with what follows it, or a table alone. */
class BlockSectionsTest {

    @Test
    void aHeadingOpensASectionAndSoDoesATableWithoutOne() throws JRException {
        List<Block> blocks = List.of(
                Block.text("title", "上海市松江区体育局 汇总表"),
                Block.text("heading", "一、绩效目标"),
                Block.table(null, List.of(), Map.of()),
                Block.text("text", "编报绩效目标的项目7个……"),
                Block.table(null, List.of(), Map.of()),
                Block.text("heading", "扣分明细"),
                Block.table(null, List.of(), Map.of()));
        Rows<Block> rows = Block.source(blocks);
        JRDesignField section = new JRDesignField();
        section.setName("section");
        List<Object> sections = new ArrayList<>();
        while (rows.next()) {
            sections.add(rows.getFieldValue(section));
        }
        assertThat(sections).containsExactly(1, 2, 2, 2, 3, 4, 4);
    }
}
