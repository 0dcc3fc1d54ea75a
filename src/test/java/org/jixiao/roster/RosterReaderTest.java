package org.jixiao.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.filing.Kind;
import org.jixiao.findings.Finding;
import org.jixiao.findings.Rule;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 报送名单 (issue 17, part 1): read as filings are read, every bad row a located finding. */
class RosterReaderTest {

    @TempDir
    Path input;

    private Path csv(String name, String text, Charset charset, boolean bom) throws IOException {
        Path p = input.resolve(name);
        byte[] body = text.getBytes(charset);
        try (OutputStream out = Files.newOutputStream(p)) {
            if (bom) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            out.write(body);
        }
        return p;
    }

    @Nested
    class Csv {

        @Test
        void aGoodRosterInGb18030GivesOneEntryPerRowWithBothKindsAndDerivedRegions() throws IOException {
            csv("名单.csv", """
                    年度,地区,主管部门,应报类型,截止日期
                    2025,松江区,中共上海市松江区委组织部,绩效目标、绩效自评,2025-03-31
                    2025,,中共上海市委组织部 (汇总),绩效目标,2025/3/31
                    2025,,中共上海市嘉定区委组织部,绩效自评,
                    """, Charset.forName("GB18030"), false);
            Roster r = RosterReader.read(input);
            assertThat(r.file()).isEqualTo("名单.csv");
            assertThat(r.findings()).isEmpty();
            assertThat(r.entries()).extracting(RosterEntry::department, RosterEntry::region, RosterEntry::kinds, RosterEntry::deadline)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("中共上海市松江区委组织部", "松江区", Set.of(Kind.TARGETS, Kind.SELF_EVALUATION),
                                    LocalDate.of(2025, 3, 31)),
                            org.assertj.core.groups.Tuple.tuple("中共上海市委组织部", "市级", Set.of(Kind.TARGETS), LocalDate.of(2025, 3, 31)),
                            org.assertj.core.groups.Tuple.tuple("中共上海市嘉定区委组织部", "嘉定区", Set.of(Kind.SELF_EVALUATION), null));
            assertThat(r.entries().get(1).source().row()).isEqualTo(3);
            assertThat(r.covers(2025, Kind.TARGETS)).isTrue();
            assertThat(r.covers(2024, Kind.TARGETS)).isFalse();
        }

        @Test
        void badRowsAreRefusedOrKeptEachWithItsLocationAndAChineseReason() throws IOException {
            csv("名单.csv", """
                    报送名单（2025年度）
                    年度,地区,主管部门,应报类型,截止日期,备注
                    明年,,上海市教育委员会,绩效目标,2025-03-31,
                    2025,,,绩效目标,2025-03-31,
                    2025,,上海市民政局,目标和自评,三月底,口头通知
                    2025,,上海市财政局,绩效审计,2025-03-31,
                    2025,,上海市民政局,绩效目标,2025-04-30,
                    """, StandardCharsets.UTF_8, true);
            Roster r = RosterReader.read(input);
            assertThat(r.findings()).extracting(Finding::rule, Finding::row, Finding::column, Finding::message).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(Rule.COLUMN_UNKNOWN, 2, "备注", "表头中有未知的列，其内容未读取：备注"),
                    org.assertj.core.groups.Tuple.tuple(Rule.ROSTER_ROW_INVALID, 3, "年度", "年度「明年」无法识别（应为 2025 或 2025年度），名单第3行未使用"),
                    org.assertj.core.groups.Tuple.tuple(Rule.ROSTER_ROW_INVALID, 4, "主管部门", "主管部门为空，名单第4行未使用"),
                    org.assertj.core.groups.Tuple.tuple(Rule.DEADLINE_UNREADABLE, 5, "截止日期",
                            "截止日期「三月底」无法识别（应为 2025-03-31 这样的日期），本行按未定截止日期处理，不判断是否逾期"),
                    org.assertj.core.groups.Tuple.tuple(Rule.ROSTER_ROW_INVALID, 6, "应报类型",
                            "应报类型「绩效审计」无法识别（应填 绩效目标、绩效自评，或两者用顿号连接：绩效目标、绩效自评），名单第6行未使用"),
                    org.assertj.core.groups.Tuple.tuple(Rule.ROSTER_DUPLICATE, 7, "主管部门",
                            "2025年度 上海市民政局 的绩效目标已在第5行列出，本行重复，未使用（两行的截止日期不同：未填 与 2025-04-30，按前一行）"));
            assertThat(r.findings()).allSatisfy(f -> assertThat(f.file()).isEqualTo("名单.csv"));
            assertThat(r.findings().get(3).department()).isEqualTo("上海市民政局");
            assertThat(r.entries()).singleElement().satisfies(e -> {
                assertThat(e.department()).isEqualTo("上海市民政局");
                assertThat(e.kinds()).containsExactlyInAnyOrder(Kind.TARGETS, Kind.SELF_EVALUATION);
                assertThat(e.deadline()).isNull();
            });
        }

        @Test
        void aRosterWithoutItsRequiredColumnsIsNotUsedAndSaysSo() throws IOException {
            csv("名单.csv", "年度,主管部门,截止日期\n2025,上海市民政局,2025-03-31\n", StandardCharsets.UTF_8, false);
            Roster r = RosterReader.read(input);
            assertThat(r.entries()).isEmpty();
            assertThat(r.findings()).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo(Rule.COLUMN_MISSING);
                assertThat(f.column()).isEqualTo("应报类型");
                assertThat(f.message()).isEqualTo("缺少必填列「应报类型」，未读取；名单未能使用，本次按无名单统计报送情况");
            });
        }

        @Test
        void aRowWithMoreCellsThanTheHeaderIsRefusedAlone() throws IOException {
            csv("名单.csv", "年度,主管部门,应报类型\n2025,上海市民政局,绩效目标\n2025,上海市财政局,绩效目标,2025-03-31\n",
                    StandardCharsets.UTF_8, false);
            Roster r = RosterReader.read(input);
            assertThat(r.entries()).extracting(RosterEntry::department).containsExactly("上海市民政局");
            assertThat(r.findings()).extracting(Finding::rule, Finding::row).containsExactly(org.assertj.core.groups.Tuple.tuple(Rule.ROW_TOO_WIDE, 3));
        }
    }

    @Nested
    class Files_ {

        @Test
        void anInputFolderWithoutARosterHasNone() throws IOException {
            csv("000-松江-2025-绩效目标.csv", "年度,主管部门\n", StandardCharsets.UTF_8, false);
            assertThat(RosterReader.read(input)).isEqualTo(Roster.NONE);
        }

        @Test
        void onlyTheRosterAtTheTopOfTheInputFolderIsTheRoster() throws IOException {
            Path sub = Files.createDirectories(input.resolve("松江区"));
            assertThat(RosterReader.isRoster(input, input.resolve("名单.xlsx"))).isTrue();
            assertThat(RosterReader.isRoster(input, input.resolve("名单.CSV"))).isTrue();
            assertThat(RosterReader.isRoster(input, sub.resolve("名单.csv"))).isFalse();
            assertThat(RosterReader.isRoster(input, input.resolve("报送名单.csv"))).isFalse();
        }

        @Test
        void aWorkbookIsReadWithExcelDatesAndItsInstructionsSkipped() throws IOException {
            try (XSSFWorkbook wb = new XSSFWorkbook()) {
                Sheet notes = wb.createSheet("填写说明");
                notes.createRow(0).createCell(0).setCellValue("年度、主管部门、应报类型 必填");
                Sheet s = wb.createSheet("名单");
                String[] header = {"年度", "地区", "主管部门", "应报类型", "截止日期"};
                Row h = s.createRow(0);
                for (int i = 0; i < header.length; i++) {
                    h.createCell(i).setCellValue(header[i]);
                }
                Row r = s.createRow(1);
                r.createCell(0).setCellValue(2025);
                r.createCell(2).setCellValue("上海市民政局");
                r.createCell(3).setCellValue("绩效目标、绩效自评");
                var date = wb.createCellStyle();
                date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
                r.createCell(4).setCellValue(LocalDate.of(2025, 3, 31));
                r.getCell(4).setCellStyle(date);
                try (OutputStream out = Files.newOutputStream(input.resolve("名单.xlsx"))) {
                    wb.write(out);
                }
            }
            csv("名单.csv", "年度,主管部门,应报类型\n2025,上海市财政局,绩效目标\n", StandardCharsets.UTF_8, false);
            Roster r = RosterReader.read(input);
            assertThat(r.file()).isEqualTo("名单.xlsx");
            assertThat(r.entries()).singleElement().satisfies(e -> {
                assertThat(e.year()).isEqualTo(2025);
                assertThat(e.department()).isEqualTo("上海市民政局");
                assertThat(e.region()).isEqualTo("市级");
                assertThat(e.deadline()).isEqualTo(LocalDate.of(2025, 3, 31));
                assertThat(e.source().sheet()).isEqualTo("名单");
                assertThat(e.source().row()).isEqualTo(2);
            });
            assertThat(r.findings()).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo(Rule.ROSTER_DUPLICATE);
                assertThat(f.file()).isEqualTo("名单.csv");
                assertThat(f.message()).isEqualTo("输入目录中同时有 名单.xlsx 和 名单.csv，只读取了 名单.xlsx；请删除不用的一个");
            });
        }

        @Test
        void aFileThatIsNotAWorkbookIsOneFinding() throws IOException {
            Files.writeString(input.resolve("名单.xlsx"), "年度,主管部门");
            Roster r = RosterReader.read(input);
            assertThat(r.entries()).isEmpty();
            assertThat(r.findings()).extracting(Finding::rule).containsExactly(Rule.FILE_UNREADABLE);
            assertThat(r.findings().get(0).message()).endsWith("；名单未能使用，本次按无名单统计报送情况");
        }
    }

    @Test
    void kindsAreReadAsClerksWriteThem() {
        assertThat(RosterKinds.parse("绩效目标、绩效自评")).containsExactlyInAnyOrder(Kind.TARGETS, Kind.SELF_EVALUATION);
        assertThat(RosterKinds.parse("绩效目标，绩效自评")).hasSize(2);
        assertThat(RosterKinds.parse(" 自评表 ")).containsExactly(Kind.SELF_EVALUATION);
        assertThat(RosterKinds.parse("绩效目标、审计")).isNull();
        assertThat(RosterKinds.parse("")).isNull();
        assertThat(RosterKinds.label(Set.of(Kind.SELF_EVALUATION, Kind.TARGETS))).isEqualTo("绩效目标、绩效自评");
    }
}
