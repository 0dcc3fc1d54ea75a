package org.jixiao.cli;

import org.jixiao.generate.Mix;

/**
 * Deliberately wrong: the command line (a product package) using a tool's class directly. ArchitectureTest
 * checks that the rule keeping the tools out of the product reports this class.
 */
public final class ToolUsingFixture {

    public static Mix mix() {
        return Mix.values()[0];
    }

    private ToolUsingFixture() {
    }
}
