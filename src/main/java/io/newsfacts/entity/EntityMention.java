package io.newsfacts.entity;

/**
 * An entity found in text.
 *
 * @param name the resolved name in the source script: 东方公安局 → 东方市公安局; “断卡”行动 → 断卡; a generic reference
 *             keeps its text until the article resolves it
 * @param code administrative division code of the agency's place (460400 for 儋州市), or null
 * @param listed for a campaign: one of a list of campaigns introduced together (“清源断流”“春夏攻势”等行动)
 */
public record EntityMention(int start, int end, String text, EntityType type, String name, String code, boolean listed) {
}
