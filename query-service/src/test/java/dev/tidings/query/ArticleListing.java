package dev.tidings.query;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Pages through {@code GET /v1/articles} as a client would, following nextCursor to the end. */
public final class ArticleListing {
    private static final int MAX_PAGES = 1_000;

    private ArticleListing() {}

    /** Every listed id in order; {@code betweenPages} runs after each page but the last. */
    public static List<String> allIds(int limit, Consumer<Integer> betweenPages) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            var request = given().queryParam("limit", limit);
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

    public static List<String> allIds() {
        return allIds(100, page -> {});
    }
}
