package org.jixiao.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jixiao.filing.SourceRef;
import org.jixiao.findings.Rule;

/**
 * An .xlsx filing, sheet by sheet: a sheet whose header row is recognised is streamed as a flat
 * table (shape 2); any other sheet is held (it is small) and read as a printed form (shape 3); a
 * sheet that is neither yields one finding naming it, and the other sheets are read regardless.
 */
final class XlsxRowSource implements RowSource {

    private static final int HEADER_SEARCH_ROWS = 10;
    /** Sheets for people, not data: skipped without a finding. */
    static final Set<String> NOTES_SHEETS = Set.of("填写说明", "说明", "填报说明", "instructions");

    private enum Mode { SEARCHING, FLAT, HOLDING, OVERFLOW }

    private final Path path;
    private final String file;
    private final Deque<SourceItem> pending = new ArrayDeque<>();
    private final List<SheetCursor.SheetRow> held = new ArrayList<>();
    private final RepeatedCells repeated = new RepeatedCells();
    private XlsxWorkbook workbook;
    private SheetCursor cursor;
    private String sheet;
    private Mode mode;
    private HeaderMap header;
    private int headerRow;
    private int overflowRows;
    private int itemsFromWorkbook;
    private boolean finished;

    XlsxRowSource(Path path, String file) {
        this.path = path;
        this.file = file;
    }

    @Override
    public SourceItem next() throws IOException {
        while (pending.isEmpty() && !finished) {
            step();
        }
        SourceItem item = pending.poll();
        itemsFromWorkbook += item != null ? 1 : 0;
        return item;
    }

    private void step() throws IOException {
        if (workbook == null && !open()) {
            return;
        }
        if (cursor == null) {
            if (!workbook.hasNextSheet()) {
                finishWorkbook();
                return;
            }
            startSheet();
        }
        SheetCursor.SheetRow row;
        try {
            row = cursor.next();
        } catch (IOException e) {
            pending.add(new SourceProblem(Rule.FILE_UNREADABLE, sheet, 0, "", "工作表「" + sheet + "」内容损坏，无法读完：" + e.getMessage(), 0));
            closeSheet();
            return;
        }
        if (row == null) {
            endSheet();
        } else if (!row.isBlank()) {
            accept(row);
        }
    }

    private boolean open() throws IOException {
        try {
            workbook = XlsxWorkbook.open(path);
            return true;
        } catch (XlsxWorkbook.NotXlsxException e) {
            pending.add(new SourceProblem(Rule.FILE_UNREADABLE, "", 0, "", e.getMessage(), 0));
            finished = true;
            return false;
        }
    }

    private void startSheet() throws IOException {
        cursor = workbook.nextSheet();
        sheet = workbook.sheetName();
        mode = NOTES_SHEETS.contains(sheet.strip().toLowerCase()) ? Mode.OVERFLOW : Mode.SEARCHING;
        header = null;
        repeated.reset();
        held.clear();
        overflowRows = NOTES_SHEETS.contains(sheet.strip().toLowerCase()) ? -1 : 0;
    }

    private void accept(SheetCursor.SheetRow row) {
        switch (mode) {
            case SEARCHING -> search(row);
            case FLAT -> {
                String[] cells = row.cells().toArray(String[]::new);
                repeated.share(cells);
                RawRow raw = new RawRow(new SourceRef(file, sheet, row.number()), header.kind(), repeated.pick(header, cells));
                if (!raw.isBlank()) {
                    pending.add(raw);
                }
            }
            case HOLDING -> hold(row);
            case OVERFLOW -> overflowRows += overflowRows >= 0 ? 1 : 0;
        }
    }

    private void search(SheetCursor.SheetRow row) {
        held.add(row);
        HeaderMap found = HeaderMap.recognise(row.cells());
        if (found != null && found.missing().isEmpty()) {
            header = found;
            headerRow = row.number();
            mode = Mode.FLAT;
            held.clear();
            if (!found.unknown().isEmpty()) {
                pending.add(new SourceProblem(Rule.COLUMN_UNKNOWN, sheet, row.number(), String.join("、", found.unknown()),
                        "表头中有未知的列，其内容未导入：" + String.join("、", found.unknown()), 0));
            }
        } else if (found != null || held.size() >= HEADER_SEARCH_ROWS) {
            if (found != null && header == null) {
                header = found;
                headerRow = row.number();
            }
            mode = Mode.HOLDING;
        }
    }

    private void hold(SheetCursor.SheetRow row) {
        held.add(row);
        if (held.size() > SheetGrid.MAX_ROWS) {
            overflowRows = held.size();
            held.clear();
            mode = Mode.OVERFLOW;
        }
    }

    private void endSheet() throws IOException {
        switch (mode) {
            case SEARCHING, HOLDING -> interpretHeld();
            case OVERFLOW -> {
                if (overflowRows > 0) {
                    pending.add(unrecognised(overflowRows, "行数超过表单版式的上限，且没有可识别的表头"));
                }
            }
            case FLAT -> { }
        }
        closeSheet();
    }

    private void interpretHeld() {
        if (held.isEmpty()) {
            return;
        }
        FormSheets.Result form = FormSheets.read(file, new SheetGrid(sheet, List.copyOf(held), List.copyOf(cursor.mergedRegions())));
        if (form.recognised()) {
            pending.addAll(form.items());
        } else if (header != null && !form.formLike()) {
            int rows = (int) held.stream().filter(r -> r.number() > headerRow).count();
            String names = header.missing().stream().map(Enum::name).reduce((a, b) -> a + "、" + b).orElse("");
            pending.add(new SourceProblem(Rule.COLUMN_MISSING, sheet, headerRow, names,
                    "工作表「" + sheet + "」缺少必填列「" + names + "」（" + header.kind().label() + "表），该表未导入", rows));
        } else {
            pending.add(unrecognised(held.size(), form.missing()));
        }
    }

    private SourceProblem unrecognised(int rows, String why) {
        return new SourceProblem(Rule.SHEET_UNRECOGNISED, sheet, 0, "",
                "工作表「" + sheet + "」既不是明细表（未找到含 年度、主管部门、项目名称、一级指标 等列的表头），也不是申报表或自评表：" + why + "；该表未导入",
                rows);
    }

    private void closeSheet() throws IOException {
        if (cursor != null) {
            cursor.close();
            cursor = null;
        }
        held.clear();
    }

    private void finishWorkbook() {
        finished = true;
        if (itemsFromWorkbook == 0) {
            pending.add(new SourceProblem(Rule.FILE_EMPTY, "", 0, "", "工作簿中没有任何数据", 0));
        }
    }

    @Override
    public void close() throws IOException {
        closeSheet();
        if (workbook != null) {
            workbook.close();
        }
    }
}
