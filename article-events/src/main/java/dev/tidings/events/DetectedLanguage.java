package dev.tidings.events;

/**
 * The language of the main story.
 *
 * @param code ISO 639-1 code, e.g. {@code en}; {@code und} when it cannot be told
 * @param confidence 0..1
 */
public record DetectedLanguage(String code, double confidence) {
    public static final String UNDETERMINED = "und";
}
