package org.duban.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "各市场监督管理所" means every station: groups resolve by the kind of unit they name. */
class GroupNamesTest {

    private final OrgDirectory directory = new OrgDirectory(List.of(
            unit(1, "办公室", UnitKind.OFFICE), unit(2, "质量安全监督管理股", UnitKind.OFFICE, "质量监督管理股"),
            unit(3, "前岐市场监督管理所", UnitKind.STATION), unit(4, "沙埕市场监督管理所", UnitKind.STATION),
            unit(5, "质量计量检测所", UnitKind.AFFILIATE), unit(6, "综合执法大队", UnitKind.AFFILIATE)));

    @Test
    void groupsExpandToEveryUnitOfTheirKind() {
        assertThat(directory.resolve("各市场监督管理所").units()).extracting(Unit::name)
                .containsExactly("前岐市场监督管理所", "沙埕市场监督管理所");
        assertThat(directory.resolve("机关各股(室)").units()).extracting(Unit::name).containsExactly("办公室", "质量安全监督管理股");
        assertThat(directory.resolve("机关各股（室）").units()).hasSize(2);
        assertThat(directory.resolve("各股室").units()).hasSize(2);
        assertThat(directory.resolve("各直属单位").units()).extracting(Unit::name).containsExactly("质量计量检测所", "综合执法大队");
        assertThat(directory.resolve("直属单位")).isInstanceOf(UnitName.Group.class);
    }

    @Test
    void aUnitIsFoundByItsAliasAndAnAffiliateNamedSoIsNoStation() {
        assertThat(directory.resolve("质量监督管理股")).isInstanceOfSatisfying(UnitName.One.class,
                one -> assertThat(one.unit().id()).isEqualTo(2));
        assertThat(directory.resolve("各市场监督管理所").units()).extracting(Unit::name).doesNotContain("质量计量检测所");
    }

    @Test
    void anUnknownNameSuggestsTheClosestUnit() {
        assertThat(directory.resolve("前歧市场监督管理所")).isInstanceOfSatisfying(UnitName.Unknown.class,
                u -> assertThat(u.closest()).contains("前岐市场监督管理所"));
        assertThat(directory.resolve("各乡镇人民政府")).isInstanceOf(UnitName.Unknown.class);
        assertThat(directory.unitsFor(List.of("办公室", "各市场监督管理所", "前岐市场监督管理所"))).extracting(Unit::id)
                .containsExactly(1L, 3L, 4L);
        assertThat(directory.unitsFor(List.of("综合执法大队", "质量监督管理股"))).as("the first named leads")
                .extracting(Unit::id).containsExactly(6L, 2L);
    }

    private static Unit unit(long id, String name, UnitKind kind, String... aliases) {
        return new Unit(id, 1, name, kind, (int) id, true, List.of(aliases));
    }
}
