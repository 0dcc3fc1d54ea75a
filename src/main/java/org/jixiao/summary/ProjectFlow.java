package org.jixiao.summary;

/**
 * How a department's projects moved from last year to this one, paired by project key as the contract
 * identifies a project ({@link org.jixiao.filing.Pairing}: 项目编码, else 项目名称): new this year,
 * continued from last year, ended (filed last year, not this year).
 */
public record ProjectFlow(int added, int continued, int ended) {

    public static final ProjectFlow NONE = new ProjectFlow(0, 0, 0);

    public ProjectFlow plus(ProjectFlow other) {
        return new ProjectFlow(added + other.added, continued + other.continued, ended + other.ended);
    }
}
