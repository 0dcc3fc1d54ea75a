package org.jixiao.generate;

/** A mismatch planted between a department's 2024 自评 of a project and its 2024 申报表. */
public record PlantedMismatch(String department, String project, PairMismatch mismatch) {
}
