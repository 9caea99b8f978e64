package dev.tidings.query;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/** {@code GET /v1/articles} as a client calls it: parameters as name-value pairs, pages followed to the end. */
public final class SearchApi {
    private static final int MAX_PAGES = 500;

    private SearchApi() {}

    /** A request with the parameters given as alternating names and values; names may repeat. */
    public static RequestSpecification with(String... namesAndValues) {
        RequestSpecification request = given();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            request.queryParam(namesAndValues[i], namesAndValues[i + 1]);
        }
        return request;
    }

    /** Every hit's id, page after page; {@code betweenPages} runs after each page but the last. */
    public static List<String> allIds(int limit, IntConsumer betweenPages, String... namesAndValues) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            RequestSpecification request = with(namesAndValues).queryParam("limit", limit);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath body =
                    request.get("/v1/articles").then().statusCode(200).extract().jsonPath();
            List<String> items = body.getList("items.id");
            if (items.size() > limit) {
                throw new AssertionError("page " + page + " has " + items.size() + " items, limit " + limit);
            }
            ids.addAll(items);
            cursor = body.getString("nextCursor");
            if (cursor == null) {
                return ids;
            }
            betweenPages.accept(page);
        }
        throw new AssertionError("no last page after " + MAX_PAGES + " pages");
    }

    public static List<String> allIds(String... namesAndValues) {
        return allIds(100, page -> {}, namesAndValues);
    }
}
