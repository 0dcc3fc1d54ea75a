package org.jixiao.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.filing.Kind;
import org.jixiao.findings.Finding;
import org.jixiao.findings.Rule;
import org.jixiao.roster.Roster;
import org.jixiao.roster.RosterReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code template --kind=roster}: a 报送名单 a bureau fills in and drops into the input folder as it is. */
class RosterTemplateTest {

    @TempDir
    Path input;

    @Test
    void itHasTheRostersColumnsAFrozenHeaderDropdownsAndInstructions() throws IOException {
        Path file = input.resolve("名单.xlsx");
        new RosterTemplate().write(file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheet("名单");
            List<String> headers = new ArrayList<>();
            sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).containsExactly("年度", "地区", "主管部门", "应报类型", "截止日期");
            assertThat(wb.getSheetName(1)).isEqualTo("填写说明");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getRow(0).getCell(2).getCellComment().getString().getString()).startsWith("必填。主管部门全称");
            List<String> lists = sheet.getDataValidations().stream()
                    .filter(v -> v.getValidationConstraint().getValidationType() == 3)
                    .map(v -> String.join("|", v.getValidationConstraint().getExplicitListValues() == null
                            ? List.of(v.getValidationConstraint().getFormula1()) : List.of(v.getValidationConstraint().getExplicitListValues())))
                    .toList();
            assertThat(lists).containsExactlyInAnyOrder("地区清单", "绩效目标|绩效自评|绩效目标、绩效自评");
            assertThat(sheet.getDataValidations()).allMatch(v -> v.getErrorStyle() != DataValidation.ErrorStyle.STOP);
            assertThat(wb.getName("地区清单").getRefersToFormula()).startsWith("'填写说明'!$A$");
        }
    }

    @Test
    void theBlankTemplateInTheInputFolderIsAnEmptyRosterAndAFilledOneIsTheRoster() throws IOException {
        Path file = input.resolve("名单.xlsx");
        new RosterTemplate().write(file);
        Roster blank = RosterReader.read(input);
        assertThat(blank.entries()).isEmpty();
        assertThat(blank.findings()).extracting(Finding::rule, Finding::sheet).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Rule.FILE_EMPTY, "名单"));

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Row row = wb.getSheet("名单").createRow(1);
            row.createCell(0).setCellValue(2025);
            row.createCell(2).setCellValue("中共上海市松江区委组织部");
            row.createCell(3).setCellValue("绩效目标、绩效自评");
            row.createCell(4).setCellValue(LocalDate.of(2025, 3, 31));
            row.getCell(4).setCellStyle(wb.getSheet("名单").getColumnStyle(4));
            Files.delete(file);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        Roster filled = RosterReader.read(input);
        assertThat(filled.findings()).isEmpty();
        assertThat(filled.entries()).singleElement().satisfies(e -> {
            assertThat(e.region()).isEqualTo("松江区");
            assertThat(e.kinds()).containsExactlyInAnyOrder(Kind.TARGETS, Kind.SELF_EVALUATION);
            assertThat(e.deadline()).isEqualTo(LocalDate.of(2025, 3, 31));
        });
    }

    @Test
    void aFilledRosterIsNeverOverwritten() throws IOException {
        Path file = Files.writeString(input.resolve("名单.xlsx"), "filled");
        assertThatThrownBy(() -> new RosterTemplate().write(file)).isInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readString(file)).isEqualTo("filled");
    }
}
