"""Helpers the gazetteer builders share: the lists in Gazetteers/ and the system's
English word lists."""
import os
import sys

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Gazetteers")


def lines(name):
    """The lines of Gazetteers/`name` that are not blank or comments."""
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        return [line.rstrip("\n") for line in f if line.strip() and not line.startswith("#")]


def entry_names(name):
    """The names and aliases of the entry list Gazetteers/`name`, each as written."""
    names = []
    for row in lines(name):
        fields = row.split("\t")
        names.append(fields[0])
        if len(fields) > 2 and fields[2]:
            names.extend(fields[2].split("|"))
    return names


def english_words():
    """The lower-case words of the system's American and British word lists."""
    words = set()
    for dictionary in ("/usr/share/dict/american-english", "/usr/share/dict/british-english"):
        if os.path.exists(dictionary):
            with open(dictionary, encoding="utf-8") as f:
                words |= {w.strip().lower() for w in f if w.strip() and w[0].islower()}
    if not words:
        sys.exit("no English word list in /usr/share/dict (apt-get install wamerican wbritish)")
    return words
