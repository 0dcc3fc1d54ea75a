package org.jixiao.roster;

import java.time.LocalDate;
import org.jixiao.filing.Kind;
import org.jixiao.filing.SourceRef;

/**
 * What the night holds of one department's filing of one kind and 年度 (the store feeds these): its
 * projects accepted and refused, the 错误 findings that refused them, and when it came.
 *
 * @param department    canonical name, as projects carry it
 * @param region        its 地区 as its filing gives it
 * @param source        where it is (a file and the first row of its first project), for findings that name it
 * @param firstReceived the run date of the first night that held this filing; null when unknown (jixiao first
 *                      saw the input folder with it already there), and then it is never judged late
 * @param lastChanged   the run date of the night its current version arrived; null when unknown
 * @param accepted      projects imported
 * @param refused       projects rejected (错误)
 * @param errors        错误 findings on its projects and rows
 */
public record Received(int year, Kind kind, String region, String department, SourceRef source, LocalDate firstReceived,
        LocalDate lastChanged, int accepted, int refused, int errors) {

    /** One department's filing spread over several files: counts added, the earliest first and latest change. */
    Received plus(Received other) {
        return new Received(year, kind, region, department, source, earliest(firstReceived, other.firstReceived),
                latest(lastChanged, other.lastChanged), accepted + other.accepted, refused + other.refused, errors + other.errors);
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a == null || b == null ? null : a.isBefore(b) ? a : b;
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }
}
