package org.duban.org;

/** A bureau: its name, its level and the bureau over it (null at the top). */
public record Organisation(long id, String name, OrgLevel level, Long parentId) {
}
