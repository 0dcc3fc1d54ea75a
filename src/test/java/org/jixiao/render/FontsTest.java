package org.jixiao.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRPropertiesUtil;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.fonts.FontFamily;
import org.junit.jupiter.api.Test;

class FontsTest {

    @Test
    void theShippedFamilyResolvesFromTheClasspathWithBothFaces() {
        FontFamily family = Fonts.require(DefaultJasperReportsContext.getInstance());
        assertThat(family.getName()).isEqualTo(Fonts.FAMILY);
        assertThat(family.getNormalFace().getTtf()).startsWith("com/github/xingfudeshi/fonts/");
        assertThat(family.getBoldFace().getTtf()).isNotEqualTo(family.getNormalFace().getTtf());
        assertThat(family.getNormalFace().getFont().canDisplayUpTo("财政项目支出绩效目标申报表≥≤（）：")).isEqualTo(-1);
    }

    @Test
    void aMissingFontIsAnErrorNotASubstitute() {
        var properties = JRPropertiesUtil.getInstance(DefaultJasperReportsContext.getInstance());
        assertThat(properties.getBooleanProperty("net.sf.jasperreports.awt.ignore.missing.font")).isFalse();
        assertThat(properties.getProperty("net.sf.jasperreports.default.font.name")).isEqualTo(Fonts.FAMILY);
    }

    @Test
    void withoutTheFontExtensionRenderingRefusesToStart() {
        // a context whose extensions are empty stands for a build that lost the font jar or fonts.xml
        SimpleJasperReportsContext bare = new SimpleJasperReportsContext() {
            @Override
            public <T> java.util.List<T> getExtensions(Class<T> type) {
                return java.util.List.of();
            }
        };
        assertThatThrownBy(() -> Fonts.require(bare)).hasMessageContaining("找不到报表字体");
    }
}
