package dev.tidings.query.entity;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An entity that stored articles mention, for autocomplete.
 *
 * @param name the name most articles give it
 * @param aliases every other name articles give it (acronyms, short forms, native script)
 * @param articleCount how many listed articles (duplicates aside) mention it
 */
@Schema(name = "EntitySuggestion")
public record EntitySuggestion(String id, String type, String name, List<String> aliases, long articleCount) {}
