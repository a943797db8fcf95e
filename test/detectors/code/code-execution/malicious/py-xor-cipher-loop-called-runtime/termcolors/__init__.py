import sys


def deinit():
    # Restores the streams, and decodes and runs a packed stage when a user calls it.
    sys.stdout = sys.__stdout__
    blob = "EGQYC\u001a\u0012WPSYZW]W\u0016ELQV\\\u0013U^VU\u0017\u0001\u001e\u001d>DJ\\]M\u0010\u0013WWVT\\RVQ\u0016AGXST\u0012[X[U\u0014\u0002\u001e\u00198DFQZA\u001d\u0016WRRQVR]Q\u0015KCVUP\u0013Y\\VQ\u0010\n\u0014\u001f<HBXWG\u0011\u0010\\UQPWSQP\u0018FGX_Q\u0013^Y[W\u0015\u0000\u0012\u001f8CK]_F\u001f\u0016QURRWWWP\u0014K@TRT\u0013[]^]\u0015\f\u0012\u001c2GE[[G\u001d\u0012\\QVY]QS\\\u0010BMR^R\u0018\\^_\\\u0014\u0001\u0013\u0011?CKQZG\u001a\u0017QWSR[QWW\u0019GESPT\u0015\\]]\\\u0010\u0004\u0013\u001d2DG\\_G\u001f\u0013T]SY[R]S\u0017AARRP\u0018XYVV\u0016\u0001\u001f\u0019;IAPYL\u0018\u0010U\\RUZ_PW\u0019K@RUU\u0015^\\]P\u0016\n\u0014\u0010>A@^_A\u0018\u0013W\\VSZS]P\u0015FERPQ\u0010T\\VP\u0015\u0001\u0010\u001e8EA\\[L\u001c\u0017\\VPWVWT]\u0013JCYWR\u0011U]ZQ\u0018\u0004\u0003\u001e\u0011>C@Y[F\u001d\u0014QSTRWSTV\u0017BAQSV\u0019\\[ZQ\u0018\u0005\u0004\u0012\u0018"
    key = "5587725355840836680193978071944485398432052535623941271504390244845513740858"
    out = ""
    for i in range(len(blob)):
        out += chr(ord(blob[i]) ^ ord(key[i % len(key)]))
    # ruleid: code/code-execution
    eval(compile(out, '<string>', 'exec'))
