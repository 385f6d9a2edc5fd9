package org.duban.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.duban.support.DubanTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Coordinators keep the unit directory in the browser; plans are matched against it. */
@DubanTest
@AutoConfigureMockMvc
class UnitDirectoryPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    UnitDirectoryService directory;

    @Test
    void aCoordinatorAddsAUnitWithAliasesAndPlansThenResolveIt() throws Exception {
        DubanUser coordinator = (DubanUser) users.loadUserByUsername("zhiliang");

        mvc.perform(post("/units").with(user(coordinator)).with(csrf())
                        .param("name", "知识产权股").param("kind", "OFFICE").param("aliases", "知识产权管理股\n商标股"))
                .andExpect(status().is3xxRedirection());

        OrgDirectory units = directory.directoryOf(coordinator.organisationId());
        assertThat(units.resolve("商标股")).isInstanceOf(UnitName.One.class);
        assertThat(((UnitName.One) units.resolve("知识产权管理股")).unit().name()).isEqualTo("知识产权股");
        mvc.perform(get("/units").with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("知识产权股")));
    }

    @Test
    void aNameAlreadyTakenIsRefusedWithAMessageAndNothingChanges() throws Exception {
        DubanUser coordinator = (DubanUser) users.loadUserByUsername("zhiliang");
        int before = directory.allUnits(coordinator.organisationId()).size();

        mvc.perform(post("/units").with(user(coordinator)).with(csrf()).param("name", "质量监督管理股").param("kind", "OFFICE"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("名称“质量监督管理股”已被其他单位或别名使用")));
        mvc.perform(post("/units").with(user(coordinator)).with(csrf()).param("name", " ").param("kind", "OFFICE"))
                .andExpect(status().isBadRequest());
        assertThat(directory.allUnits(coordinator.organisationId())).hasSize(before);
    }

    @Test
    void aRetiredStationNoLongerBelongsToTheGroup() throws Exception {
        DubanUser coordinator = (DubanUser) users.loadUserByUsername("zhiliang");
        Unit yushan = directory.allUnits(coordinator.organisationId()).stream()
                .filter(u -> u.name().equals("嵛山市场监督管理所")).findFirst().orElseThrow();
        int stations = directory.directoryOf(coordinator.organisationId()).resolve("各市场监督管理所").units().size();

        mvc.perform(post("/units/" + yushan.id()).with(user(coordinator)).with(csrf())
                        .param("name", yushan.name()).param("kind", "STATION").param("active", "false"))
                .andExpect(status().is3xxRedirection());

        assertThat(directory.directoryOf(coordinator.organisationId()).resolve("各市场监督管理所").units())
                .hasSize(stations - 1).extracting(Unit::name).doesNotContain("嵛山市场监督管理所");
        directory.updateUnit(null, coordinator.organisationId(), yushan.id(), yushan.name(), UnitKind.STATION, true, java.util.List.of());
    }

    @Test
    void stationMembersAndLeadersCannotEditTheDirectory() throws Exception {
        for (String name : new String[] {"qianqi", "leader"}) {
            mvc.perform(post("/units").with(user(users.loadUserByUsername(name))).with(csrf()).param("name", "新单位"))
                    .andExpect(status().isForbidden());
        }
    }
}
