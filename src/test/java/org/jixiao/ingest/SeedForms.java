package org.jixiao.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.filing.Column;
import org.jixiao.filing.Kind;
import org.jixiao.generate.FormVariant;
import org.jixiao.generate.SelfEvaluationFormWriter;
import org.jixiao.generate.TargetsFormWriter;

/**
 * The form-layout workbooks of seeds 004 (six 申报表) and 003 (six 自评表), built from the flat
 * transcriptions in {@code input/}, so a form and its flat twin carry exactly the same values.
 */
final class SeedForms {

    static final Path FLAT_TARGETS = Path.of("input", "004-市委组织部-2023-绩效目标.xlsx");
    static final Path FLAT_SELF = Path.of("input", "003-松江区委组织部-2023-绩效自评.csv");

    private SeedForms() {
    }

    /** The flat rows of a file, grouped by 项目名称 in filing order. */
    static Map<String, List<RawRow>> projects(Path flat) throws IOException {
        Map<String, List<RawRow>> byName = new LinkedHashMap<>();
        try (RowSource source = RowSources.open(flat, flat.getFileName().toString())) {
            for (SourceItem item = source.next(); item != null; item = source.next()) {
                if (item instanceof RawRow row) {
                    byName.computeIfAbsent(row.get(Column.项目名称), k -> new ArrayList<>()).add(row);
                } else {
                    throw new IllegalStateException("flat seed has a problem: " + item);
                }
            }
        }
        return byName;
    }

    /** A workbook with one form sheet per project of {@code flat}. */
    static XSSFWorkbook workbook(Path flat, FormVariant variant) throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        int n = 0;
        for (List<RawRow> rows : projects(flat).values()) {
            String sheet = ++n + "-" + rows.get(0).get(Column.项目名称);
            if (rows.get(0).kind() == Kind.TARGETS) {
                TargetsFormWriter.write(workbook, sheet, rows, variant);
            } else {
                SelfEvaluationFormWriter.write(workbook, sheet, rows, variant);
            }
        }
        if (variant.money() == FormVariant.Money.FORMULA) {
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
        }
        return workbook;
    }

    static Path write(Path flat, FormVariant variant, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        try (XSSFWorkbook workbook = workbook(flat, variant); OutputStream out = Files.newOutputStream(target)) {
            workbook.write(out);
        }
        return target;
    }
}
