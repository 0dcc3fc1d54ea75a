package org.jixiao.filing;

/** 等级 of a self-evaluated project from its 总得分. */
public enum Grade {
    优, 良, 中, 差
}
