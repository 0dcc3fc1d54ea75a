package org.jixiao.generate;

import org.jixiao.filing.Kind;

/** A defect the generator planted, and the filing it is in: what a run's findings must show. */
public record PlantedDefect(String department, String project, Kind kind, Defect defect) {
}
