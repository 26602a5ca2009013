package io.newsfacts.entity;

/** What an entity mention names. */
public enum EntityType {
    /** A named agency (儋州市公安局, 公安部, 警務處). */
    AGENCY,
    /** A reference to the article's own agency (该局, 市公安局, 全市公安机关). */
    GENERIC_AGENCY,
    /**
     * A unit named by its short name (鄂城分局, 板橋分局), as {@link EntityTagger#tag} finds it: an article resolves it
     * under its main agency (鄂州市公安局鄂城分局), or as a generic reference where it names no parent.
     */
    SUB_UNIT,
    /** A named operation or campaign (“断卡”行动, 扫黑除恶专项斗争). */
    CAMPAIGN
}
