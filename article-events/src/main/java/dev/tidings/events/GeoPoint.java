package dev.tidings.events;

/** WGS 84 coordinates of a city. */
public record GeoPoint(double latitude, double longitude) {}
