package org.jixiao.store;

import org.jixiao.filing.ProjectFacts;

/** A current, imported project's summary figures, with its id to rebuild it when its indicators are needed. */
public record StoredFacts(long id, ProjectFacts facts) {
}
