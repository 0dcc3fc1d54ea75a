package org.jixiao.filing;

/** The two kinds of filing: targets before the budget year, the self-evaluation after it. */
public enum Kind {
    TARGETS("绩效目标", "财政项目支出绩效目标申报表"),
    SELF_EVALUATION("绩效自评", "财政项目支出绩效自评表");

    private final String label;
    private final String formTitle;

    Kind(String label, String formTitle) {
        this.label = label;
        this.formTitle = formTitle;
    }

    /** Short Chinese name used in file names and tables, e.g. 绩效目标. */
    public String label() {
        return label;
    }

    /** Title printed on the form, e.g. 财政项目支出绩效目标申报表. */
    public String formTitle() {
        return formTitle;
    }

    /** Two-letter code stored in the database. */
    public String code() {
        return this == TARGETS ? "T" : "S";
    }

    public static Kind ofCode(String code) {
        return "T".equals(code) ? TARGETS : SELF_EVALUATION;
    }
}
