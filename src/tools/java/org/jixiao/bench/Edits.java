package org.jixiao.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The corrections a department makes between two nights, for the nights benchmark: in a chosen share
 * of the filings, one number changed, as a clerk would correct an amount or a score. A CSV keeps its
 * encoding and everything else byte for byte; a workbook is saved again by POI.
 */
final class Edits {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Edits() {
    }

    /** Edits {@code share} of the filings under {@code input} (at least one), chosen by {@code random}; returns them. */
    static List<Path> edit(Path input, double share, Random random) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(input)) {
            files = new ArrayList<>(walk.filter(Files::isRegularFile).sorted().toList());
        }
        int n = Math.max(1, (int) Math.round(files.size() * share));
        List<Path> chosen = new ArrayList<>();
        for (int i = 0; i < n && !files.isEmpty(); i++) {
            Path f = files.remove(random.nextInt(files.size()));
            if (f.toString().endsWith(".csv") ? csv(f) : xlsx(f)) {
                chosen.add(f);
            }
        }
        return chosen;
    }

    /** The last digit of the last data line goes up by one (9 becomes 1, so the number never loses a digit). */
    private static boolean csv(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        boolean bom = bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
        Charset charset = bom || isUtf8(bytes) ? StandardCharsets.UTF_8 : Charset.forName("GB18030");
        String text = new String(bytes, bom ? 3 : 0, bytes.length - (bom ? 3 : 0), charset);
        int end = text.stripTrailing().length();
        int line = text.lastIndexOf('\n', end - 1);
        for (int i = end - 1; i > line; i--) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                String edited = text.substring(0, i) + (c == '9' ? '1' : (char) (c + 1)) + text.substring(i + 1);
                try (OutputStream out = Files.newOutputStream(file)) {
                    if (bom) {
                        out.write(BOM);
                    }
                    out.write(edited.getBytes(charset));
                }
                return true;
            }
        }
        return false;
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The last number of the first sheet goes up by one. */
    private static boolean xlsx(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            for (int r = sheet.getLastRowNum(); r >= 0; r--) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                for (int c = row.getLastCellNum() - 1; c >= 0; c--) {
                    Cell cell = row.getCell(c);
                    if (cell != null && cell.getCellType() == CellType.NUMERIC) {
                        cell.setCellValue(cell.getNumericCellValue() + 1);
                        try (OutputStream out = Files.newOutputStream(file)) {
                            book.write(out);
                        }
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
