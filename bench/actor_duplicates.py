"""How long finding possible duplicate actors takes, and how many planted duplicates it finds.

    python bench/actor_duplicates.py [--actors N] [--planted N]

Makes N actors with invented names (first names and surnames shared the way real ones are: a
few by very many), plants duplicates of some of them (a title added, the first name dropped or cut to its
initial, "Last, First", a transliteration, two letters swapped), and times
``find_likenesses`` (the pure part) and ``Catalog.actors.duplicates`` (with the database reads)
on a catalogue holding them. A number, not a test; the CPU time is the steadier figure on a
busy machine.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from itertools import accumulate
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # run as a script, bench/ is sys.path[0], not the repo
    sys.path.insert(0, str(REPO))

from catalog.services.duplicate_actors import NamedActor  # noqa: E402

_ONSETS = "b c d f g h j k l m n p r s t v w z br ch st tr sh kl gr th pl".split()
_VOWELS = "a e i o u ai ou ee".split()
_CODAS = ["", "", "n", "r", "s", "l", "m", "t", "ck", "nd", "rt", "sk"]
_SPELLINGS = (("ou", "u"), ("ck", "k"), ("ee", "i"), ("ch", "kh"), ("sh", "ch"), ("ai", "ay"))


def invented_actors(count: int, seed: int = 7) -> list[NamedActor]:
    """``count`` actors with distinct invented names, four in five people (keys 0 … count-1)."""
    rng = random.Random(seed)

    def word(syllables: int) -> str:
        return "".join(rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS) for _ in range(syllables)).capitalize()

    firsts = list(dict.fromkeys(word(rng.choice([1, 2])) for _ in range(2500)))
    lasts = list(dict.fromkeys(word(rng.choice([2, 2, 3])) for _ in range(16000)))
    # how often names recur falls with their rank (Zipf): the commonest first name is one in
    # nine, the commonest surname one in a hundred and fifty
    first_weights = list(accumulate(1 / rank for rank in range(1, len(firsts) + 1)))
    last_weights = list(accumulate(1 / rank**0.7 for rank in range(1, len(lasts) + 1)))
    actors: list[NamedActor] = []
    seen: set[tuple[str, str]] = set()
    while len(actors) < count:
        kind = "person" if len(actors) % 5 else rng.choice(["organisation", "place", "group"])
        first = rng.choices(firsts, cum_weights=first_weights)[0]
        last = rng.choices(lasts, cum_weights=last_weights)[0]
        name = f"{first} {last}" if kind == "person" else f"{last} {rng.choice(['Institute', 'Council', 'Party', 'Bay', 'Summit'])}"
        if (kind, name) not in seen:
            seen.add((kind, name))
            actors.append(NamedActor(len(actors), kind, [name]))
    return actors


def plant_duplicates(actors: list[NamedActor], count: int, seed: int = 3) -> list[tuple[int, int]]:
    """Add ``count`` actors that are other forms of existing people's names; returns the
    (original, duplicate) key pairs."""
    rng = random.Random(seed)
    people = [a for a in actors if a.type == "person"]
    planted = []
    for original in rng.sample(people, count):
        first, last = original.names[0].split(" ", 1)
        form = rng.randrange(7)
        if form == 0:
            name = f"Dr. {first} {last}"
        elif form == 1:
            name = last
        elif form == 2:
            name = f"{last}, {first}"
        elif form == 3:
            name = f"{first[0]}. {last}"
        elif form == 4:
            changed = next((last.lower().replace(a, b, 1).capitalize() for a, b in _SPELLINGS if a in last.lower()), last + "e")
            name = f"{first} {changed}"
        elif form == 5:
            i = rng.randrange(1, len(last) - 2)
            name = f"{first} {last[:i]}{last[i + 1]}{last[i]}{last[i + 2:]}"
        else:
            name = f"{first} {last}".upper()
        duplicate = NamedActor(len(actors), "person", [name])
        actors.append(duplicate)
        planted.append((original.key, duplicate.key))
    return planted


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actors", type=int, default=20000)
    parser.add_argument("--planted", type=int, default=500)
    args = parser.parse_args()
    from sqlalchemy import insert

    from catalog.catalog import Catalog
    from catalog.models import Actor
    from catalog.services.duplicate_actors import find_likenesses

    actors = invented_actors(args.actors)
    planted = plant_duplicates(actors, args.planted)
    started, cpu = time.perf_counter(), time.process_time()
    found = find_likenesses(actors)
    pure, pure_cpu = time.perf_counter() - started, time.process_time() - cpu
    pairs = {(f.first, f.second) for f in found}
    recall = sum((min(p), max(p)) in pairs for p in planted) / len(planted)
    print(
        f"{len(actors):,} actors: {len(found):,} possible pairs in {pure:.2f} s ({pure_cpu:.2f} s of CPU); "
        f"{recall:.1%} of {len(planted)} planted duplicates found"
    )
    with tempfile.TemporaryDirectory() as folder, Catalog(Path(folder) / "catalogue") as catalog:
        with catalog.store.engine.begin() as connection:
            connection.execute(insert(Actor), [{"uuid": f"00000000-0000-4000-8000-{a.key:012d}", "name": a.names[0], "type": a.type} for a in actors])
        started, cpu = time.perf_counter(), time.process_time()
        listed = catalog.actors.duplicates()
        print(
            f"Catalog.actors.duplicates(): {len(listed):,} pairs in {time.perf_counter() - started:.2f} s "
            f"({time.process_time() - cpu:.2f} s of CPU)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
