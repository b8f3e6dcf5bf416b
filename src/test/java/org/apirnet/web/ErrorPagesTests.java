package org.apirnet.web;

import java.net.http.HttpResponse;

import org.apirnet.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorPagesTests extends PortalIntegrationTest {

    @Test
    void unknownAddressesGetTheNotFoundPageInTheLayout() throws Exception {
        HttpResponse<String> response = getFromServer("/no/such/page");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("<h1>Page not found</h1>", "Skip to main content", "role=\"search\"");
    }

    @Test
    void malformedRequestsGetAPageNotAStackTrace() throws Exception {
        HttpResponse<String> response = getFromServer("/countries/t%2e");
        assertThat(response.statusCode()).isBetween(400, 499);
        assertThat(response.body()).contains("Something went wrong").doesNotContain("Exception", "at org.");
    }

    @Test
    void aBadQueryParameterIsNotAnError() throws Exception {
        HttpResponse<String> response = getFromServer("/search?q=%22unbalanced+AND+(&page=-7");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("Exception");
    }

    /** Whatever follows an item list's address, if it names no item the answer is "not found", never a 400 or 500. */
    @Test
    void anItemAddressThatNamesNothingIsNotFound() throws Exception {
        for (String list : java.util.List.of("/projects/", "/news/", "/library/", "/events/", "/discussions/")) {
            for (String reference : java.util.List.of("%20", "%20%20x", "-1", "abc", "99999999999999999999", "0", "1x")) {
                HttpResponse<String> response = getFromServer(list + reference);
                assertThat(response.statusCode()).as(list + reference).isEqualTo(404);
                assertThat(response.body()).as(list + reference).contains("<h1>Page not found</h1>");
            }
        }
    }
}
