package io.newsfacts.fact;

/** The anchor of a fact in sentence-relative offsets: the value mention, or the change mention of a fact without value. */
record Anchor(int start, int end) {
}
