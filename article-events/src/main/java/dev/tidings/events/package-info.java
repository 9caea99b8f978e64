/**
 * The event contract of Tidings, defined once and shared by the three services.
 *
 * <p>Each event shape is a record here, with a JSON Schema beside it under {@code
 * src/main/resources/dev/tidings/events/schema/}. Offsets in entity mentions are UTF-16 code units
 * into {@code body} (the same unit as Java and JavaScript string indices).
 */
package dev.tidings.events;
