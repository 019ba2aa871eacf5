#!/usr/bin/env python3
"""Writes core/src/main/resources/dev/lede/entity/first-names.txt: the first names of the datafaker jar's locale
files (net.datafaker:datafaker, Apache-2.0; its name lists come from the Ruby Faker gem, MIT), for the entity
rules that need to know whether a word is someone's first name. Not read by the tagger's features.

    mvn -q dependency:get -Dartifact=net.datafaker:datafaker:2.7.0 -Dtransitive=false
    python3 tools/first-names.py ~/.m2/repository/net/datafaker/datafaker/2.7.0/datafaker-2.7.0.jar

Kept: names written in the Latin script, of two letters or more, from an English-language locale (en, en-AU, en-IN,
en-PK, en-NG, ...) or from locales of two languages or more, and not already in given-names.txt. The entity data
(the lexicon's common words, the gazetteer, the aliases) decides at load time which of them count, so the file
itself holds only the source's names.
"""
import re
import sys
import zipfile
from collections import defaultdict

KEY = re.compile(r'^(\s*)((?:male_|female_|neutral_)?first_name):\s*(.*)$')
NAME = re.compile(r"[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u017F'\-]{2,}")


def names_in(text):
    lines = text.split('\n')
    i = 0
    while i < len(lines):
        m = KEY.match(lines[i])
        if m:
            rest = m.group(3).strip()
            values = []
            if rest.startswith('['):
                while not rest.rstrip().endswith(']') and i + 1 < len(lines):
                    i += 1
                    rest += lines[i]
                values = [v.strip().strip('"\'') for v in rest.strip()[1:-1].split(',')]
            elif rest == '':
                while i + 1 < len(lines) and re.match(r'^\s*-\s', lines[i + 1]):
                    i += 1
                    values.append(re.sub(r'^\s*-\s*', '', lines[i]).strip().strip('"\''))
            for v in values:
                if '#{' not in v and NAME.fullmatch(v):
                    yield v
        i += 1


def main(jar, given_path, out_path):
    locales = defaultdict(set)
    with zipfile.ZipFile(jar) as z:
        for entry in sorted(z.namelist()):
            if not entry.endswith('.yml') or entry.startswith('META-INF'):
                continue
            locale = 'en' if entry.startswith('en/') else entry.rsplit('/', 1)[-1][:-4]
            for n in names_in(z.read(entry).decode('utf-8')):
                locales[n].add(locale)
    known = set()
    with open(given_path, encoding='utf-8') as f:
        for line in f:
            if not line.startswith('#'):
                known.update(w.lower() for w in line.split())
    keep = sorted(n for n, locs in locales.items()
                  if n.lower() not in known
                  and (any(l == 'en' or l.startswith('en-') for l in locs)
                       or len({l.split('-')[0] for l in locs}) >= 2))
    with open(out_path, 'w', encoding='utf-8') as out:
        out.write('# First names, for the entity rules only (the tagger reads given-names.txt): whether a word can be\n'
                  '# someone\'s first name ("Nick", "Lloyd", "Wasim") where a rule needs a person\'s shape. Common words,\n'
                  '# places and curated names among them are not used (decided at load time).\n'
                  '# Source: the first-name lists of the locale files of datafaker 2.7.0 (net.datafaker:datafaker,\n'
                  '# Apache-2.0), which come from the Ruby Faker gem (MIT); names of an English-language locale or of\n'
                  '# two languages or more, not in given-names.txt. Written by tools/first-names.py.\n')
        for n in keep:
            out.write(n + '\n')
    print(f'{len(keep)} names written to {out_path}', file=sys.stderr)


if __name__ == '__main__':
    main(sys.argv[1],
         sys.argv[2] if len(sys.argv) > 2 else 'core/src/main/resources/dev/lede/entity/given-names.txt',
         sys.argv[3] if len(sys.argv) > 3 else 'core/src/main/resources/dev/lede/entity/first-names.txt')
