package org.duban.planreader;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The facts of notices that document sites and mirrors copied: what their copies do to a title, issuer and date. */
class SiteCopiesTest {

    private static PlanDraft read(String text) {
        return new PlanReader(PlanReader.Options.defaults().withFallbackYear(2099)).readText(text);
    }

    @Test
    void aTitleRunIntoTheFirstSentenceIsTheTitle() {
        assertThat(read("""
                第1页共4页县秸秆禁烧工作实施方案为认真做好我县农作物秸秆禁烧工作，进一步改善环境质量，制订本方案。一、指导思想
                """).title()).isEqualTo("县秸秆禁烧工作实施方案");
        assertThat(read("""
                1、2022年县知识产权宣传周活动方案县知识产权宣传周活动方案 为庆祝世界知识产权日，根据省局通知精神，决定在全县开展宣传周活动。
                """).title()).isEqualTo("县知识产权宣传周活动方案");
        assertThat(read("""
                推进某县电动自行车治理工作的通知为进一步推进我县电动自行车管理，维护道路交通秩序，现将有关事项通知如下：
                """).title()).isEqualTo("推进某县电动自行车治理工作的通知");
    }
}
