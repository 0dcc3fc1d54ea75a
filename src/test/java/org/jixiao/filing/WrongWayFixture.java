package org.jixiao.filing;

import org.jixiao.findings.Severity;

/**
 * Deliberately wrong: the domain must not use findings (it sits below every stage). ArchitectureTest
 * checks that the package graph reports this class, so the graph's rules are known to bite.
 */
public final class WrongWayFixture {

    public static Severity severity() {
        return Severity.values()[0];
    }

    private WrongWayFixture() {
    }
}
