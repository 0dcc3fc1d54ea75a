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
 * table (shape 2); any other sheet is held (it is small) and read as a printed form (shape 3,
 * {@link HeldSheet}); a sheet that is neither yields one finding naming it, and the other sheets are
 * read regardless. A hidden sheet is not read (a 问题 names it); hidden rows and columns are read (a
 * 问题 lists them). A cell that cannot be read rejects its row (or its form), never the rest of the
 * sheet. The same project met again on another sheet is E07 ({@link WorkbookDuplicates}).
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
    private final ControlCharacters controls = new ControlCharacters();
    private final HiddenParts hidden = new HiddenParts();
    private final WorkbookDuplicates duplicates = new WorkbookDuplicates();
    private final HeaderState header = new HeaderState();
    private XlsxWorkbook workbook;
    private SheetCursor cursor;
    private String sheet;
    private Mode mode;
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
        header.reset();
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
        boolean second = row.damage() == null && header.continuedBy(row.cells());
        pending.addAll(header.settle(sheet));
        if (second) {
            return;
        }
        if (row.damage() != null) {
            pending.add(new SourceProblem(Rule.ROW_UNREADABLE, sheet, row.number(), "", "工作表「" + sheet + "」第" + row.number()
                    + "行有无法读取的单元格（" + row.damage() + "），该行未导入", 1));
            return;
        }
        String[] cells = row.cells().toArray(String[]::new);
        repeated.share(cells);
        RawRow raw = new RawRow(new SourceRef(file, sheet, row.number()), header.map().kind(), repeated.pick(header.map(), cells));
        if (!raw.isBlank()) {
            duplicates.accept(raw, pending::add);
        }
    }

    /** The first rows: a header (perhaps over two rows) makes the sheet flat; ten rows without one, a form. */
    private void search(SheetCursor.SheetRow row) {
        if (header.mayContinue()) {
            // the row under a header that lacked columns: its second row, or the next row of a form
            boolean second = row.damage() == null && header.continuedBy(row.cells());
            if (second && header.complete()) {
                held.clear();
                mode = Mode.FLAT;
                pending.addAll(header.settle(sheet));
                return;
            }
            if (!second) {
                held.add(row);
            }
            mode = Mode.HOLDING;
            return;
        }
        held.add(row);
        HeaderMap found = HeaderMap.recognise(row.cells());
        if (found != null && (found.missing().isEmpty() || !header.present())) {
            header.found(found, row.cells(), row.number(), row.damage());
            if (found.missing().isEmpty()) {
                mode = Mode.FLAT;
                held.clear();
            }
        } else if (found != null || held.size() >= HEADER_SEARCH_ROWS) {
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
            case SEARCHING, HOLDING -> new HeldSheet(file, sheet, held, cursor.mergedRegions()).interpret(header, duplicates, pending::add);
            case OVERFLOW -> {
                if (overflowRows > 0) {
                    pending.add(HeldSheet.unrecognised(sheet, overflowRows, "行数超过表单版式的上限，且没有可识别的表头"));
                }
            }
            case FLAT -> pending.addAll(header.settle(sheet));
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

    /** The sheet's 问题 that concern all of it: a copy of a project still open, hidden rows and columns, control characters. */
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
