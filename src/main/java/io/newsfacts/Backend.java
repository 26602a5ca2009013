package io.newsfacts;

/** The NLP backend that segments text. HanLP is embedded; CoreNLP is opt-in (GPL, large models). */
public enum Backend {
    HANLP, CORENLP
}
