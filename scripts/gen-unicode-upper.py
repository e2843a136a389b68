"""Write src/output/upper-case-data.ts: the code points Python's str.upper()
changes. aws-cli's text output upper-cases keys with Python 3.11's Unicode
14.0 tables; Node's newer ICU also upper-cases letters that gained capitals
later (U+019B, U+A7CD, ...), so those must be left alone:

    /usr/bin/python3 scripts/gen-unicode-upper.py > src/output/upper-case-data.ts
"""
from code_point_ranges import print_module, ranges_where

if __name__ == '__main__':
    print_module('UPPER_RANGES', 'Code points that str.upper() changes', ranges_where(lambda ch: ch.upper() != ch))
