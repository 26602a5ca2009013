"""Helpers shared by the make-gold scripts: a gold record from a reading, a change, an article's text.

Offsets are Java String indices of the whole file read as UTF-8 with no newline translation (BMP text), as the
extractor reads a .txt file.
"""


def rec(doc, text, anchor, nth, metric, value, unit, approx=None, change=None, agency=None, campaign=(None,),
        period=None, optional=False, ctx=None):
    """The nth occurrence of anchor in text, or the first inside ctx (a stretch of text that occurs once)."""
    if ctx is not None:
        assert text.count(ctx) == 1, (doc, ctx, text.count(ctx))
        i = text.index(ctx) + ctx.index(anchor)
    else:
        i = -1
        for _ in range(nth):
            i = text.index(anchor, i + 1)
    return {"doc": doc, "text": anchor, "start": i, "end": i + len(anchor), "metric": metric, "value": value,
            "unit": unit, "approx": approx, "change": change, "agency": list(agency), "campaign": list(campaign),
            "period": list(period), "optional": optional}


def ch(d, p=None, a=None, b=None):
    return {"direction": d, "percent": p, "amount": a, "basis": b}


def load(d):
    return open(d + '.txt', encoding='utf-8', newline='').read()
