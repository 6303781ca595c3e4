package dev.kindling.funding;

import static dev.kindling.funding.Api.budget;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kindling.common.testing.Db;
import dev.kindling.common.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ExchangeRateApiTest {
    /** Two days of ECB reference rates in the daily file's own layout (long dates, trailing commas). */
    static final String ECB = "Date, USD, SGD, HKD, JPY, \n"
            + "28 June 2019, 1.1380, 1.5395, 8.8873, N/A, \n"
            + "27 June 2019, 1.1371, 1.5405, 8.8791, 122.66, \n";

    static Response importRates(String token, String body, String query) {
        return given().auth()
                .oauth2(token)
                .contentType("text/csv")
                .body(body)
                .post("/api/v1/exchange-rates/import" + query);
    }

    private static long rates() {
        return Db.count("select count(*) from exchange_rate");
    }

    @Test
    void anEcbFileImportsOnceAndABadFileChangesNothing() {
        JsonPath first = importRates(TestTokens.admin(), ECB, "")
                .then()
                .statusCode(200)
                .body("base", equalTo("EUR"))
                .body("skipped", equalTo(1))
                .body("quotes", org.hamcrest.Matchers.contains("HKD", "JPY", "SGD", "USD"))
                .body("from", equalTo("2019-06-27"))
                .body("to", equalTo("2019-06-28"))
                .extract()
                .jsonPath();
        assertEquals(7, first.getInt("added") + first.getInt("unchanged"), "7 rates, however many were held");
        long before = rates();
        importRates(TestTokens.admin(), ECB, "")
                .then()
                .statusCode(200)
                .body("added", equalTo(0))
                .body("unchanged", equalTo(7));
        String bad =
                "Date,USD,XYZ,\n2019-07-01,1.13,1.0,\n2019-07-02,abc,1.0,\nyesterday,1.1,1.0,\n2019-07-01,1.1,1.0,\n";
        importRates(TestTokens.admin(), bad, "")
                .then()
                .statusCode(400)
                .body("type", equalTo("https://kindling.dev/problems/invalid-request"))
                .body("errors.field", hasItems("row 1, column 3", "row 3, USD", "row 4, Date", "row 5, Date"));
        assertEquals(before, rates(), "a bad file changes nothing");
        importRates(TestTokens.manager(), ECB, "").then().statusCode(403);
        Api.as(TestTokens.admin())
                .body(Map.of("base", "EUR", "quote", "USD", "rate", "1.1380", "date", "2019-06-28", "source", "x"))
                .post("/api/v1/exchange-rates")
                .then()
                .statusCode(409)
                .header("Location", containsString("/api/v1/exchange-rates/"));
        Api.manager()
                .queryParam("base", "EUR")
                .queryParam("quote", "USD")
                .queryParam("from", "2019-06-27")
                .queryParam("to", "2019-06-28")
                .get("/api/v1/exchange-rates")
                .then()
                .statusCode(200)
                .body("items.rate", hasItems("1.1380", "1.1371"));
    }

    @Test
    void reportsConvertAtTheLatestRateThroughStatedPairsOnly() {
        importRates(TestTokens.admin(), ECB, "").then().statusCode(200);
        String source = "FX test " + UUID.randomUUID();
        UUID usd = budget("USD", "1000").set("source", source).create();
        Api.allocated(usd, "250", "USD");
        budget("EUR", "2000").set("source", source).create();
        budget("SGD", "500").set("source", source).create();
        JsonPath report = utilisation(source, "HKD", "2019-06-28")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals("HKD", report.getString("reportingCurrency"));
        // by hand: EUR/HKD is stated; USD and SGD cross through EUR (x / EURUSD * EURHKD)
        assertEquals("17774.60", converted(report, "EUR", "total"));
        assertEquals("8.8873", field(report, "EUR", "converted.rate"));
        assertEquals("7809.58", converted(report, "USD", "total"));
        assertEquals("1952.39", converted(report, "USD", "committed"));
        assertEquals("EUR", field(report, "USD", "converted.via"));
        assertEquals(null, field(report, "EUR", "converted.via"));
        assertEquals("2886.42", converted(report, "SGD", "total"));
        assertEquals("2019-06-28", field(report, "SGD", "converted.rateDate"));
        assertEquals("28470.60", report.getString("totals.total.amount")); // 17774.60 + 7809.58 + 2886.42
        assertEquals("1000.00", field(report, "USD", "total.amount"), "the original figures stay beside");
        // the inverse of a stated pair: USD in EUR at 1 / 1.1380
        assertEquals(
                "878.73",
                converted(
                        utilisation(source, "EUR", "2019-06-28")
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath(),
                        "USD",
                        "total"));
        // JPY: no rate on the 28th, so the 27th's
        assertEquals(
                "245320",
                converted(
                        utilisation(source, "JPY", "2019-06-28")
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath(),
                        "EUR",
                        "total"));
        utilisation(source, "GBP", "2019-06-28")
                .then()
                .statusCode(422)
                .body("type", equalTo("https://kindling.dev/problems/exchange-rate-missing"))
                .body("detail", containsString("no EUR/GBP rate on or before 2019-06-28"))
                .body("detail", containsString("no USD/GBP rate on or before 2019-06-28, directly or through EUR"));
        utilisation(source, "HKD", "2019-07-20")
                .then()
                .statusCode(422)
                .body("detail", containsString("within 7 days (the latest is of 2019-06-28)"));
        utilisation(source, "HKD", "2019-06-01").then().statusCode(422);
        Api.manager()
                .queryParam("asOf", "2019-06-28")
                .get("/api/v1/funding-reports/utilisation")
                .then()
                .statusCode(400);
        utilisation(source, "XAU", "2019-06-28").then().statusCode(400);
        utilisation(source, null, null)
                .then()
                .statusCode(200)
                .body("totals", nullValue())
                .body("rows[0].converted", nullValue());
        String lines = Api.manager()
                .queryParam("groupBy", "source")
                .queryParam("source", source)
                .queryParam("reportingCurrency", "HKD")
                .queryParam("asOf", "2019-06-28")
                .queryParam("format", "csv")
                .get("/api/v1/funding-reports/utilisation")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertEquals(
                "group,currency,total,committed,disbursed,available,reporting_currency,rate,rate_date,via,"
                        + "converted_total,converted_committed,converted_disbursed,converted_available",
                lines.lines().findFirst().orElseThrow());
        assertEquals(true, lines.contains(",EUR,2000.00,0.00,0.00,2000.00,HKD,8.8873,2019-06-28,,17774.60,"), lines);
    }

    private static Response utilisation(String source, String currency, String asOf) {
        var request = Api.manager().queryParam("groupBy", "source").queryParam("source", source);
        if (currency != null) {
            request.queryParam("reportingCurrency", currency);
        }
        if (asOf != null) {
            request.queryParam("asOf", asOf);
        }
        return request.get("/api/v1/funding-reports/utilisation");
    }

    private static String field(JsonPath report, String currency, String path) {
        return report.getString("rows.find { it.currency == '" + currency + "' }." + path);
    }

    private static String converted(JsonPath report, String currency, String figure) {
        return field(report, currency, "converted." + figure + ".amount");
    }
}
