"""Write src/output/east-asian-width-data.ts: the code points that aws-cli's
table counts as two columns (East Asian Width W, F or A).

aws-cli measures cells with `unicodedata.east_asian_width`, so the table must
come from the same Python (3.11, Unicode 14.0), not from a newer Unicode:

    /usr/bin/python3 scripts/gen-east-asian-width.py > src/output/east-asian-width-data.ts
"""
import unicodedata

from code_point_ranges import print_module, ranges_where

if __name__ == '__main__':
    print_module('WIDE_RANGES', 'Code points of East Asian Width W, F or A',
                 ranges_where(lambda ch: unicodedata.east_asian_width(ch) in 'WFA'))
