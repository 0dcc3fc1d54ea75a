package org.jixiao.roster;

import org.jixiao.filing.Kind;

/**
 * The counts of a 年度 and kind, overall ({@code region} null) or in one 地区.
 *
 * @param roster      whether a roster covers the 年度 and kind; without one only the filed are counted
 * @param due         应报: departments the roster lists
 * @param received    已报: of those, the ones that filed
 * @param refused     其中被拒收: of those, the ones with a project refused
 * @param missing     未报: listed and not filed
 * @param late        逾期: listed, with a 截止日期, not filed by it (逾期未报) or first filed after it (逾期报送)
 * @param unlisted    名单外: filed though not listed
 * @param notThisYear without a roster: filed the 年度 before and not this one
 */
public record Tally(int year, Kind kind, String region, boolean roster, int due, int received, int refused, int missing, int late,
        int unlisted, int notThisYear) {

    /**
     * The report's line: {@code 2025 绩效目标报送：应报 120，已报 97（其中被拒收 3），未报 23，逾期 5}, with {@code ，名单外 2}
     * when some filed off the roster; without a roster {@code 2025 绩效目标报送（无名单）：已报 97（其中被拒收 3）}, with
     * {@code ，上年已报本年未报 2} when some did.
     */
    public String consoleLine() {
        StringBuilder s = new StringBuilder().append(year).append(' ').append(kind.label()).append("报送");
        if (roster) {
            s.append("：应报 ").append(due).append("，已报 ").append(received).append("（其中被拒收 ").append(refused).append("），未报 ")
                    .append(missing).append("，逾期 ").append(late);
            if (unlisted > 0) {
                s.append("，名单外 ").append(unlisted);
            }
        } else {
            s.append("（无名单）：已报 ").append(received).append("（其中被拒收 ").append(refused).append("）");
            if (notThisYear > 0) {
                s.append("，上年已报本年未报 ").append(notThisYear);
            }
        }
        return s.toString();
    }
}
