package dev.tidings.ingest.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlCanonicalizerTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "HTTPS://News.Example.COM/world/Ferry | https://news.example.com/world/Ferry",
                "https://news.example.com:443/a | https://news.example.com/a",
                "http://news.example.com:80/a | http://news.example.com/a",
                "http://news.example.com:8080/a | http://news.example.com:8080/a",
                "https://news.example.com:80/a | https://news.example.com:80/a",
                "https://news.example.com | https://news.example.com/",
                "https://news.example.com?id=3 | https://news.example.com/?id=3",
                "https://news.example.com/a#comments | https://news.example.com/a",
                "https://news.example.com/a?utm_source=x&id=7&UTM_Medium=y&page=2#top | https://news.example.com/a?id=7&page=2",
                "https://news.example.com/a?fbclid=1&gclid=2&mc_cid=3&mc_eid=4&igshid=5&ref_src=6 | https://news.example.com/a",
                "https://news.example.com/a?z=1&a=2 | https://news.example.com/a?z=1&a=2",
                "https://news.example.com/a?ref=home | https://news.example.com/a?ref=home",
                "https://news.example.com/a?q=caf%C3%A9&&x | https://news.example.com/a?q=caf%C3%A9&x",
                "https://news.example.com/a/./b/../c | https://news.example.com/a/c",
                "https://news.example.com./a | https://news.example.com/a",
                "'  https://news.example.com/a  ' | https://news.example.com/a",
                "https://news.example.com/台灣/ferry | https://news.example.com/台灣/ferry",
            })
    void givesOneFormPerArticle(String submitted, String canonical) {
        assertEquals(canonical, UrlCanonicalizer.canonicalize(submitted));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "news.example.com/a",
                "/world/ferry",
                "ftp://news.example.com/a",
                "mailto:desk@news.example.com",
                "http:news.example.com",
                "https:///a",
                "https://news example.com/a",
                "javascript:alert(1)",
                ""
            })
    void rejectsWhatIsNotAnAbsoluteWebUrl(String url) {
        assertFalse(UrlCanonicalizer.isAcceptable(url));
        assertThrows(IllegalArgumentException.class, () -> UrlCanonicalizer.canonicalize(url));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"http://127.0.0.1/a", "https://[::1]:8443/a", "https://news.example.com/a?b"})
    void acceptsAddressesAndBareParameters(String url) {
        assertTrue(UrlCanonicalizer.isAcceptable(url));
    }
}
