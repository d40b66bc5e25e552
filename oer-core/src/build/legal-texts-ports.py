#!/usr/bin/env python3
"""Writes legal-texts-ports.txt.gz and legal-texts-ports.idx, the Creative Commons legal codes that
LegalTexts knows beyond the SPDX texts, from the HTML legal codes of github.com/creativecommons/creativecommons.org.

Usage, from the root of a clone of oerkit (python3 and git only):

    git clone --bare https://github.com/creativecommons/creativecommons.org cc.git
    python3 oer-core/src/build/legal-texts-ports.py cc.git [COMMIT]

Each file docroot/legalcode/TOOL_VERSION[_PORT[_LANGUAGE]].html (TOOL_VERSION[_LANGUAGE] for 4.0 and CC0) is
mapped to the licence URI https://creativecommons.org/licenses/TOOL/VERSION/[PORT/] (CC0:
https://creativecommons.org/publicdomain/zero/1.0/) and kept only when the catalogue, the tools() table of
StandardLicenses.java, has that licence. Its HTML is made plain text (the page's head, scripts, styles,
navigation, header, footer, language selector and links back to the deed left out, entities decoded). A text
whose word bigrams are those of the SPDX text of the same licence (Sorensen-Dice >= SAME; such texts differ in
list numbering and headings only) is left out: the SPDX resource has it already.

The output is deterministic for a commit: records in file-name order, each its own gzip member (mtime 0) of
"%% URI LANGUAGE FILE" and the text; the index has one line "OFFSET LENGTH" per member.
"""

import gzip
import html.parser
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORE = os.path.dirname(os.path.dirname(HERE))
PACKAGE = os.path.join(CORE, "src/main/resources/org/oerkit/core/license")
STANDARD = os.path.join(CORE, "src/main/java/org/oerkit/core/license/StandardLicenses.java")
SAME = 0.85

# The language of each port's legal code, where the file name does not say it.
PORT_LANGUAGES = {
    "am": "hy", "ar": "es", "at": "de", "au": "en", "az": "az", "be": "fr", "bg": "bg", "br": "pt", "ca": "en",
    "ch": "de", "cl": "es", "cn": "zh-Hans", "co": "es", "cr": "es", "cz": "cs", "de": "de", "dk": "da",
    "ec": "es", "ee": "et", "eg": "ar", "es": "es", "fi": "fi", "fr": "fr", "ge": "ka", "gr": "el", "gt": "es",
    "hk": "en", "hr": "hr", "hu": "hu", "ie": "en", "igo": "en", "il": "he", "in": "en", "it": "it", "jp": "ja",
    "kr": "ko", "lu": "fr", "mk": "mk", "mt": "en", "mx": "es", "my": "ms", "nl": "nl", "no": "no", "nz": "en",
    "pe": "es", "ph": "en", "pl": "pl", "pr": "es", "pt": "pt", "ro": "ro", "rs": "sr", "scotland": "en",
    "se": "sv", "sg": "en", "si": "sl", "th": "th", "tw": "zh-Hant", "ug": "en", "uk": "en", "us": "en",
    "ve": "es", "vn": "vi", "za": "en",
}


def catalogue():
    """The (unit, version, port) triples of StandardLicenses.tools(), read from its source."""
    source = open(STANDARD, encoding="utf-8").read()
    lists = {name: re.findall(r'"([^"]+)"', body) for name, body in
             re.findall(r'List<String> (\w+) = List\.of\(([^;]*)\);', source)}
    body = source[source.index("ListMultimap<String, String> tools() {"):]
    body = body[:body.index("return tools.build();")]
    tools = set()
    ports = []
    for line in body.splitlines():
        line = line.strip()
        loop = re.match(r'for \(String port : List\.of\((.*)', line)
        if loop:
            ports = re.findall(r'"([^"]+)"', line)
            continue
        if ports and not line.startswith("tools."):
            ports += re.findall(r'"([^"]+)"', line)
            continue
        put = re.match(r'tools\.(put|putAll)\("([0-9.]+)/([a-z]*)"( \+ port)?, (.*)\);$', line)
        if put:
            units = re.findall(r'"([^"]+)"', put.group(5)) or lists[put.group(5)]
            for port in (ports if put.group(4) else [put.group(3)]):
                tools.update((unit, put.group(2), port) for unit in units)
            continue
        if line in ("}", "") or line.startswith(("ImmutableListMultimap", "ListMultimap")):
            ports = [] if line == "}" else ports
            continue
        raise SystemExit("cannot read this line of tools(): " + line)
    return tools


class Text(html.parser.HTMLParser):
    """The text of a legal code page: blocks as lines, what is not the legal code left out."""

    SKIPPED = {"head", "script", "style", "nav", "header", "footer", "select", "noscript", "aside", "h1", "title"}
    SKIPPED_IDS = {"header", "deed-foot", "language-selector-block", "deed-disclaimer", "cc-logo", "languages",
                   "deed-rights", "footer"}
    SKIPPED_CLASSES = {"fulltext", "site-header-wrapper", "language-footer"}
    BLOCKS = {"p", "div", "li", "ol", "ul", "h2", "h3", "h4", "h5", "h6", "br", "tr", "table", "blockquote",
              "dt", "dd", "dl", "pre", "section", "article", "hr", "td", "th"}
    VOID = {"br", "img", "meta", "link", "input", "hr", "area", "base", "col", "embed", "source", "wbr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
        self.skip = None  # (tag, depth)

    def handle_starttag(self, tag, attrs):
        if self.skip:
            if tag == self.skip[0] and tag not in self.VOID:
                self.skip[1] += 1
            return
        attrs = dict(attrs)
        classes = set((attrs.get("class") or "").split())
        if tag in self.SKIPPED or attrs.get("id") in self.SKIPPED_IDS or classes & self.SKIPPED_CLASSES:
            if tag not in self.VOID:
                self.skip = [tag, 1]
            return
        if tag in self.BLOCKS:
            self.out.append("\n")

    def handle_startendtag(self, tag, attrs):
        if not self.skip and tag in self.BLOCKS:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if self.skip:
            if tag == self.skip[0]:
                self.skip[1] -= 1
                if self.skip[1] == 0:
                    self.skip = None
            return
        if tag in self.BLOCKS:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(" ".join(("x" + data + "x").split())[1:-1])

    def text(self):
        lines = [" ".join(line.split()) for line in "".join(self.out).split("\n")]
        lines = [line for line in lines if line]
        return "\n".join(lines) + "\n"


def plain(page):
    page = page.lstrip("\ufeff")
    # The legal code runs from its start marker to the list of other languages (the CC notice after the
    # "Legalcode End" marker is part of it, as in the SPDX texts).
    start = max(page.find("<!-- Legalcode Start"), 0)
    languages = page.find('id="languages"', start)
    end = page.rfind("<", start, languages) if languages >= 0 else page.find("<!-- Language Footer Start", start)
    page = page[start:end] if end > start else page[start:]
    page = page.replace("\r\n", "\n")
    # The link back to the site above the older legal codes ("Creative Commons", "返回知识共享"...).
    page = re.sub(r'<p [^>]*align="center"[^>]*>\s*<a\s+href=\s*"((https?:)?//creativecommons\.org)?/?">'
                  r'[^<]*</a>\s*</p>', "", page)
    parser = Text()
    parser.feed(page)
    parser.close()
    return parser.text()


def words(text):
    return re.findall(r"\w+(?:\.\d+)*", text.lower())


def bigrams(text):
    w = words(text)
    return set(zip(w, w[1:]))


def dice(a, b):
    return 2 * len(a & b) / (len(a) + len(b)) if a or b else 1.0


def spdx_texts():
    texts = {}
    ids = None
    with gzip.open(os.path.join(PACKAGE, "legal-texts.txt.gz"), "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("%% "):
                ids = line[3:].split()
                for i in ids:
                    texts[i] = []
            else:
                texts[ids[0]].append(line)
    return {i: "".join(t) for i, t in texts.items() if t}


def spdx_id(unit, version, port):
    unit = unit.replace("by-nd-nc", "by-nc-nd")
    if unit == "zero":
        return "CC0-1.0"
    return "CC-" + unit.upper() + "-" + version + ("-" + port.upper() if port else "")


def records(repo, commit):
    tools = catalogue()
    spdx = spdx_texts()
    tree = subprocess.run(["git", "-C", repo, "ls-tree", "-r", commit, "docroot/legalcode/"],
                          check=True, capture_output=True, text=True).stdout.splitlines()
    kept, left = [], []
    for mode, path in sorted((line.split()[0], line.split("\t", 1)[1]) for line in tree):
        name = os.path.basename(path)
        if mode != "100644":
            left.append((name, "a link to another file"))
            continue
        match = re.match(r"^([a-z+-]+)_(\d\.\d)(?:_([A-Za-z-]+))?(?:_([A-Za-z-]+))?\.html$", name)
        if not match:
            left.append((name, "not an HTML legal code"))
            continue
        unit = match.group(1).replace("samplingplus", "sampling+")
        version = match.group(2)
        first, second = match.group(3) or "", match.group(4) or ""
        if unit == "zero" or version == "4.0":
            port, language = "", (first or "en")
            if second:
                left.append((name, "no such tool"))
                continue
        else:
            port, language = first, second or (PORT_LANGUAGES.get(first, "") if first else "en")
        if unit == "zero":
            known = (unit, version, port) == ("zero", "1.0", "")
            uri = "https://creativecommons.org/publicdomain/zero/1.0/"
        else:
            known = (unit, version, port) in tools
            uri = "https://creativecommons.org/licenses/" + unit + "/" + version + "/" + (port + "/" if port else "")
        if not known:
            left.append((name, "not a licence of the catalogue"))
            continue
        page = subprocess.run(["git", "-C", repo, "show", commit + ":" + path], check=True,
                              capture_output=True).stdout.decode("utf-8")
        text = plain(page)
        same = spdx.get(spdx_id(unit, version, port))
        if same is not None and dice(bigrams(text), bigrams(same)) >= SAME:
            left.append((name, "the SPDX text of " + spdx_id(unit, version, port)))
            continue
        kept.append(((version, port, language), uri, language, name, text))
    kept.sort(key=lambda k: (k[0], k[3]))
    return kept, left


def main():
    if len(sys.argv) not in (2, 3):
        raise SystemExit(__doc__)
    repo = sys.argv[1]
    commit = subprocess.run(["git", "-C", repo, "rev-parse", sys.argv[2] if len(sys.argv) == 3 else "HEAD"],
                            check=True, capture_output=True, text=True).stdout.strip()
    kept, left = records(repo, commit)
    offset = 0
    index = []
    with open(os.path.join(PACKAGE, "legal-texts-ports.txt.gz"), "wb") as out:
        for group in sorted(set(k[0] for k in kept)):
            members = [k for k in kept if k[0] == group]
            member = gzip.compress("".join("%% " + uri + " " + language + " " + name + "\n" + text
                                           for _, uri, language, name, text in members).encode("utf-8"),
                                   compresslevel=9, mtime=0)
            out.write(member)
            index.extend("%d %d\n" % (offset, len(member)) for _ in members)
            offset += len(member)
    with open(os.path.join(PACKAGE, "legal-texts-ports.idx"), "w", encoding="utf-8") as out:
        out.writelines(index)
    print("commit %s: %d records, %d bytes gzipped, %d characters of text" % (
        commit, len(kept), offset, sum(len(k[4]) for k in kept)))
    for name, why in left:
        print("left out %s: %s" % (name, why))


if __name__ == "__main__":
    main()
