package org.jixiao.filing;

/** A column of a published table: its Chinese header and how its values are written. */
public record TableColumn(String header, Type type) {

    /** How a value is written to CSV and XLSX. */
    public enum Type {
        /** Text as filed; neutralised if it could run as a formula. */
        TEXT,
        INTEGER,
        /** 元, two places. */
        MONEY,
        /** 万元, two places, rounded half-up (the value passed is already in 万元). */
        WAN,
        /** A rate passed as a fraction (0.9963), written as a percentage. */
        PERCENT,
        /** A score, at most two places. */
        SCORE
    }

    public static TableColumn text(String header) {
        return new TableColumn(header, Type.TEXT);
    }

    public static TableColumn integer(String header) {
        return new TableColumn(header, Type.INTEGER);
    }

    public static TableColumn money(String header) {
        return new TableColumn(header, Type.MONEY);
    }

    public static TableColumn wan(String header) {
        return new TableColumn(header, Type.WAN);
    }

    public static TableColumn percent(String header) {
        return new TableColumn(header, Type.PERCENT);
    }

    public static TableColumn score(String header) {
        return new TableColumn(header, Type.SCORE);
    }
}
