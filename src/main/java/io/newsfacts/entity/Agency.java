package io.newsfacts.entity;

/** A resolved agency: its full name in the source script and the administrative code of its place (nullable). */
public record Agency(String name, String code) {
}
