package io.newsfacts.time;

/** A time mention is a point (a calendar unit such as a day or a month), an interval, or a duration. */
public enum TimeKind {
    POINT, INTERVAL, DURATION;

    public String json() { return name().toLowerCase(java.util.Locale.ROOT); }
}
