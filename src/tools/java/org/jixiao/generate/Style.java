package org.jixiao.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;

/**
 * How one department writes its filings: amounts with or without thousands separators, dates as
 * {@code 2025-01-01}, {@code 2025/1/1} or {@code 2025年1月1日}, which optional columns it keeps, whether its
 * headers say （元）, whether goals run over several lines, and how its hand-made forms deviate from
 * the official layout. Real filers differ in exactly these ways; the reader must not care.
 */
record Style(Amounts amounts, Dates dates, boolean withCode, boolean withRegion, boolean yuanHeaders, boolean statedScores,
        boolean multilineGoals, boolean ownUnit, FormVariant form) {

    enum Amounts { GROUPED, PLAIN, WHOLE }

    enum Dates { ISO, SLASH, CHINESE }

    static Style draw(Random random) {
        Amounts amounts = Amounts.values()[random.nextInt(Amounts.values().length)];
        Dates dates = random.nextInt(4) == 0 ? Dates.values()[1 + random.nextInt(2)] : Dates.ISO;
        return new Style(amounts, dates, random.nextBoolean(), random.nextInt(4) == 0, random.nextInt(5) == 0,
                random.nextBoolean(), random.nextInt(5) == 0, random.nextInt(5) == 0, form(random));
    }

    /** Most forms as printed; some with gaps, typed labels, one column to the right, unmerged levels or amounts as text. */
    private static FormVariant form(Random random) {
        FormVariant v = FormVariant.official();
        if (random.nextInt(4) == 0) {
            v = v.withGaps();
        }
        if (random.nextInt(5) == 0) {
            v = v.typed(random.nextBoolean() ? FormVariant.Labels.HALF_WIDTH : FormVariant.Labels.SPACED);
        }
        if (random.nextInt(6) == 0) {
            v = v.shifted(1);
        }
        if (random.nextInt(5) == 0) {
            v = v.unmergedLevels();
        }
        return random.nextInt(5) == 0 ? v.money(FormVariant.Money.TEXT) : v;
    }

    /** An amount in 元 as this department writes it in a flat file. */
    String money(BigDecimal yuan) {
        return switch (amounts) {
            case GROUPED -> grouped().format(yuan.setScale(2, RoundingMode.HALF_UP));
            case PLAIN -> yuan.setScale(2, RoundingMode.HALF_UP).toPlainString();
            case WHOLE -> yuan.stripTrailingZeros().scale() <= 0 ? yuan.setScale(0, RoundingMode.UNNECESSARY).toPlainString()
                    : yuan.setScale(2, RoundingMode.HALF_UP).toPlainString();
        };
    }

    String date(LocalDate d) {
        return switch (dates) {
            case ISO -> d.toString();
            case SLASH -> d.getYear() + "/" + d.getMonthValue() + "/" + d.getDayOfMonth();
            case CHINESE -> d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
        };
    }

    /** A fresh formatter each time (DecimalFormat is not thread-safe); amounts are formatted once per project. */
    private static DecimalFormat grouped() {
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
    }
}
