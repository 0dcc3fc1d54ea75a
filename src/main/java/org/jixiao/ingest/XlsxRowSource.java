package org.jixiao.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jixiao.filing.SourceRef;
import org.jixiao.filing.Text;
import org.jixiao.findings.Rule;

/**
 * An .xlsx filing, sheet by sheet: a sheet whose header row is recognised is streamed as a flat
 * table (shape 2); any other sheet is held (it is small) and read as a printed form (shape 3); a
 * sheet that is neither yields one finding naming it, and the other sheets are read regardless. A
 * hidden sheet is not read (a 问题 names it); hidden rows and columns are read (a 问题 lists them). A
 * cell that cannot be read rejects its row (or its form), never the rest of the sheet.
 */
final class XlsxRowSource implements RowSource {

    private static final int HEADER_SEARCH_ROWS = 10;
    /** Sheets for people, not data: skipped without a finding. */
    private static final Set<String> NOTES_SHEETS = Set.of("填写说明", "说明", "填报说明", "instructions");

    private enum Mode { SEARCHING, FLAT, HOLDING, OVERFLOW }

    private final Path path;
    private final String file;
    private final Deque<SourceItem> pending = new ArrayDeque<>();
    private final List<SheetCursor.SheetRow> held = new ArrayList<>();
    private final RepeatedCells repeated = new RepeatedCells();
    private final ControlCharacters controls = new ControlCharacters();
    private final HiddenParts hidden = new HiddenParts();
    private final WorkbookDuplicates duplicates = new WorkbookDuplicates();
    private XlsxWorkbook workbook;
    private SheetCursor cursor;
    private String sheet;
    private Mode mode;
    private HeaderMap header;
    private List<String> headerCells;
    private int headerRow;
    private String headerDamage;
    /** The row after a flat header may be its second row (a group cell over its children). */
    private boolean headerMayContinue;
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
            return;
        }
        SheetCursor.SheetRow row;
        try {
            row = cursor.next();
        } catch (IOException e) {
            brokenSheet(e.getMessage());
            return;
        }
        if (row == null) {
            endSheet();
        } else if (!row.isBlank()) {
            hidden.row(row, cursor.hiddenColumns());
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
        controls.reset();
        hidden.reset();
        try {
            cursor = workbook.nextSheet(controls);
        } catch (IOException e) {
            sheet = sheetName();
            pending.add(new SourceProblem(Rule.FILE_UNREADABLE, sheet, 0, "", e.getMessage() + "；其他工作表照常读取", 0));
            return;
        }
        sheet = sheetName();
        if (workbook.sheetHidden()) {
            pending.add(new SourceProblem(Rule.HIDDEN_CONTENT, sheet, 0, "", "工作表「" + sheet
                    + "」是隐藏的，未读取；若其内容应当报送，请在 Excel 中取消隐藏后重新报送，否则请删除该表", 0));
            closeSheet();
            return;
        }
        duplicates.newUnit();
        boolean notes = NOTES_SHEETS.contains(sheet.strip().toLowerCase());
        mode = notes ? Mode.OVERFLOW : Mode.SEARCHING;
        header = null;
        headerDamage = null;
        headerMayContinue = false;
        repeated.reset();
        held.clear();
        overflowRows = notes ? -1 : 0;
    }

    /** A sheet's name as findings show it: control characters out, at most a readable length. */
    private String sheetName() {
        String name = new ControlCharacters().strip(workbook.sheetName(), 0);
        return name == null ? "" : name.length() > 100 ? name.substring(0, 100) : name;
    }

    private void accept(SheetCursor.SheetRow row) {
        switch (mode) {
            case SEARCHING -> search(row);
            case FLAT -> flat(row);
            case HOLDING -> hold(row);
            case OVERFLOW -> overflowRows += overflowRows >= 0 ? 1 : 0;
        }
    }

    private void flat(SheetCursor.SheetRow row) {
        if (headerMayContinue) {
            boolean second = continuesHeader(row);
            settleHeader();
            if (second) {
                return;
            }
        }
        if (row.damage() != null) {
            pending.add(new SourceProblem(Rule.ROW_UNREADABLE, sheet, row.number(), "", "工作表「" + sheet + "」第" + row.number()
                    + "行有无法读取的单元格（" + row.damage() + "），该行未导入", 1));
            return;
        }
        String[] cells = row.cells().toArray(String[]::new);
        repeated.share(cells);
        RawRow raw = new RawRow(new SourceRef(file, sheet, row.number()), header.kind(), repeated.pick(header, cells));
        if (!raw.isBlank()) {
            duplicates.accept(raw, pending::add);
        }
    }

    private void search(SheetCursor.SheetRow row) {
        if (header != null && headerMayContinue) {
            // the row under a header that lacked columns: its second row, or the form's next row
            boolean second = continuesHeader(row);
            if (second && header.missing().isEmpty()) {
                held.clear();
                mode = Mode.FLAT;
                settleHeader();
                return;
            }
            headerMayContinue = false;
            if (!second) {
                held.add(row);
            }
            mode = Mode.HOLDING;
            return;
        }
        held.add(row);
        HeaderMap found = HeaderMap.recognise(row.cells());
        if (found != null && found.missing().isEmpty()) {
            header = found;
            headerCells = row.cells();
            headerRow = row.number();
            headerDamage = row.damage();
            headerMayContinue = true;
            mode = Mode.FLAT;
            held.clear();
        } else if (found != null || held.size() >= HEADER_SEARCH_ROWS) {
            if (found != null && header == null) {
                header = found;
                headerCells = row.cells();
                headerRow = row.number();
                headerDamage = row.damage();
                headerMayContinue = true;
                return;
            }
            mode = Mode.HOLDING;
        }
    }

    /** Whether the row is the header's second row; if so the header is read again with it. */
    private boolean continuesHeader(SheetCursor.SheetRow row) {
        List<String> merged = row.damage() == null ? HeaderRows.merge(headerCells, row.cells()) : null;
        HeaderMap map = merged == null ? null : HeaderMap.recognise(merged);
        if (map == null) {
            return false;
        }
        header = map;
        headerCells = merged;
        return true;
    }

    /** The flat header is final: its unknown columns are said once, and a damaged cell of it. */
    private void settleHeader() {
        if (!headerMayContinue) {
            return;
        }
        headerMayContinue = false;
        if (mode == Mode.FLAT) {
            damagedHeader();
        }
        if (mode == Mode.FLAT && !header.unknown().isEmpty()) {
            pending.add(new SourceProblem(Rule.COLUMN_UNKNOWN, sheet, headerRow, Text.shownList(header.unknown(), false),
                    "表头中有未知的列，其内容未导入：" + Text.shownList(header.unknown()), 0));
        }
    }

    /** A header cell that could not be read: its column is lost, which the filer must hear as a 错误. */
    private void damagedHeader() {
        if (headerDamage != null) {
            pending.add(new SourceProblem(Rule.ROW_UNREADABLE, sheet, headerRow, "", "工作表「" + sheet + "」的表头第" + headerRow
                    + "行有无法读取的单元格（" + headerDamage + "），该列的内容未导入", 0));
            headerDamage = null;
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
            case FLAT -> settleHeader();
        }
        sheetNotes();
        closeSheet();
    }

    /** The sheet's XML cannot be read on: what was read stands (a form, incomplete, does not), the rest is said. */
    private void brokenSheet(String why) throws IOException {
        int rows = mode == Mode.FLAT ? 0 : held.size();
        pending.add(new SourceProblem(Rule.FILE_UNREADABLE, sheet, 0, "", "工作表「" + sheet + "」" + why
                + (rows > 0 ? "；已读到的" + rows + "行未导入" : ""), rows));
        sheetNotes();
        closeSheet();
    }

    /** The sheet's 问题 that concern all of it: hidden rows and columns, control characters taken out. */
    private void sheetNotes() {
        duplicates.flush(pending::add);
        SourceProblem h = hidden.problem(sheet);
        if (h != null) {
            pending.add(h);
        }
        SourceProblem c = controls.problem(sheet);
        if (c != null) {
            pending.add(c);
        }
    }

    private void interpretHeld() {
        if (held.isEmpty()) {
            return;
        }
        FormSheets.Result form = FormSheets.read(file, new SheetGrid(sheet, List.copyOf(held), List.copyOf(cursor.mergedRegions())));
        String damage = damage();
        if (form.recognised() && damage != null) {
            int rows = form.items().stream().mapToInt(i -> i instanceof SourceProblem p ? p.rowsRejected() : 1).sum();
            pending.add(new SourceProblem(Rule.FORM_UNREADABLE, sheet, 0, "", "工作表「" + sheet + "」的表单有无法读取的单元格（"
                    + damage + "），该表单未导入", rows));
        } else if (form.recognised()) {
            for (List<SourceItem> one : form.forms()) {
                duplicates.newUnit();
                for (SourceItem item : one) {
                    if (item instanceof RawRow r) {
                        duplicates.accept(r, pending::add);
                    } else {
                        pending.add(item);
                    }
                }
                duplicates.flush(pending::add);
            }
        } else if (header != null && !form.formLike()) {
            int rows = (int) held.stream().filter(r -> r.number() > headerRow).count();
            String names = header.missing().stream().map(Enum::name).reduce((a, b) -> a + "、" + b).orElse("");
            pending.add(new SourceProblem(Rule.COLUMN_MISSING, sheet, headerRow, names,
                    "工作表「" + sheet + "」缺少必填列「" + names + "」（" + header.kind().label() + "表）" + (headerDamage == null ? ""
                            : "（表头有无法读取的单元格：" + headerDamage + "）") + "，该表未导入", rows));
        } else if (form.formLike()) {
            pending.add(new SourceProblem(Rule.FORM_UNREADABLE, sheet, 0, "",
                    "工作表「" + sheet + "」是申报表或自评表，但未能读取：" + form.missing() + "；该表单的项目未导入，请对照模板检查表单的标签和顺序", held.size()));
        } else {
            pending.add(unrecognised(held.size(), form.missing()));
        }
    }

    /** The damage of the held rows, row by row, or null when none. */
    private String damage() {
        StringBuilder s = null;
        for (SheetCursor.SheetRow r : held) {
            if (r.damage() != null) {
                s = s == null ? new StringBuilder() : s.append("；");
                s.append("第").append(r.number()).append("行").append(r.damage());
            }
        }
        return s == null ? null : Text.shown(s.toString());
    }

    /**
     * A sheet that is neither a flat table nor a form (a cover, notes, a chart's data): a 问题 naming
     * it. Its rows are no filing's rows, so none is counted as rejected; a sheet that looks like either
     * and cannot be read is a 错误 instead (F04, F10).
     */
    private SourceProblem unrecognised(int rows, String why) {
        return new SourceProblem(Rule.SHEET_UNRECOGNISED, sheet, 0, "",
                "工作表「" + sheet + "」（" + rows + "行）既不是明细表（未找到含 年度、主管部门、项目名称、一级指标 等列的表头），也不是申报表或自评表：" + why
                        + "；该表未导入", 0);
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
