package org.apirnet.countries;

import java.net.http.HttpResponse;

import org.apirnet.support.Html;
import org.apirnet.support.PortalIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class CountryPagesTests extends PortalIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void countriesAreListedBySubregion() throws Exception {
        Document page = Html.of(mvc.perform(get("/countries")).andExpect(status().isOk()));
        assertThat(page.select("main section > h2").eachText())
                .containsExactly("East Asia", "South-East Asia", "South Asia", "Pacific");
        assertThat(page.select("main section:has(> h2:containsOwn(Pacific)) a")).hasSize(12);
        assertThat(page.select("main a[href='/countries/vn']").text()).isEqualTo("Viet Nam");
        assertThat(page.select("main a[href^='/countries/']")).hasSize(35);
    }

    @Test
    void aCountryPageShowsItsSubregion() throws Exception {
        Document page = Html.of(mvc.perform(get("/countries/la")).andExpect(status().isOk()));
        assertThat(page.select("h1").text()).isEqualTo("Lao People's Democratic Republic");
        assertThat(page.select("dd").text()).isEqualTo("South-East Asia");
    }

    @Test
    void anUpperCaseCodeRedirectsPermanentlyToTheLowerCaseUrl() throws Exception {
        mvc.perform(get("/countries/TH"))
                .andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/countries/th"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/countries/zz", "/countries/us", "/countries/tha", "/countries/t1", "/countries/%3Cb%3E"})
    void unknownOrMalformedCodesGetTheNotFoundPage(String path) throws Exception {
        HttpResponse<String> response = getFromServer(path);
        assertThat(response.statusCode()).isEqualTo(404);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("h1").text()).isEqualTo("Page not found");
        assertThat(page.html()).doesNotContain("Exception");
    }
}
