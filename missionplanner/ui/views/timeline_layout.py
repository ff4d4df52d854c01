"""Where each item goes on the day timeline: per-day segments in the mission's zone, side-by-side lanes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from missionplanner.domain.models import Item


@dataclass(slots=True)
class Segment:
    """The part of an item that falls on one day, in minutes from that day's midnight (mission zone)."""

    item: Item
    day: date
    start_minute: int
    end_minute: int
    lane: int = 0
    lanes: int = 1
    continues_before: bool = False
    continues_after: bool = False


def local_in(moment_utc: datetime, zone: ZoneInfo) -> datetime:
    return moment_utc.astimezone(zone).replace(tzinfo=None)


def segments_for(items: list[Item], zone_name: str, days: list[date]) -> dict[date, list[Segment]]:
    """Split items into per-day segments (a night flight spans two days) and give overlapping ones lanes."""
    zone = ZoneInfo(zone_name)
    shown = set(days)
    by_day: dict[date, list[Segment]] = {d: [] for d in days}
    for item in items:
        # Most items are in the mission's own zone: their wall-clock times need no conversion.
        start = item.start if item.timezone == zone_name else local_in(item.start_utc, zone)
        end = item.end if item.effective_end_timezone == zone_name else local_in(item.end_utc, zone)
        if end < start:
            end = start
        day = start.date()
        while day <= end.date():
            if day in shown:
                midnight = datetime.combine(day, datetime.min.time())
                seg_start = max(start, midnight)
                seg_end = min(end, midnight + timedelta(days=1))
                by_day[day].append(
                    Segment(
                        item=item,
                        day=day,
                        start_minute=int((seg_start - midnight).total_seconds() // 60),
                        end_minute=max(int((seg_end - midnight).total_seconds() // 60), 0),
                        continues_before=start < midnight,
                        continues_after=end > midnight + timedelta(days=1),
                    )
                )
            day += timedelta(days=1)
    return {d: _assign_lanes(segments) for d, segments in by_day.items()}


def _assign_lanes(segments: list[Segment]) -> list[Segment]:
    """Greedy interval colouring per cluster of overlapping segments (sort and sweep)."""
    ordered = sorted(segments, key=lambda s: (s.start_minute, -s.end_minute, s.item.id))
    result: list[Segment] = []
    cluster: list[tuple[Segment, int]] = []
    lane_ends: list[int] = []
    cluster_end = -1

    def flush() -> None:
        # The segments were made for this layout alone: give them their lanes in place.
        lanes = max(len(lane_ends), 1)
        for s, lane in cluster:
            s.lane, s.lanes = lane, lanes
        result.extend(s for s, _ in cluster)

    for segment in ordered:
        # Zero-length items still take a little room on screen.
        end = max(segment.end_minute, segment.start_minute + 15)
        if cluster and segment.start_minute >= cluster_end:
            flush()
            cluster, lane_ends = [], []
        lane = next((i for i, lane_end in enumerate(lane_ends) if lane_end <= segment.start_minute), None)
        if lane is None:
            lane = len(lane_ends)
            lane_ends.append(end)
        else:
            lane_ends[lane] = end
        cluster.append((segment, lane))
        cluster_end = max(cluster_end, end)
    if cluster:
        flush()
    return result


def visible_hours(segments: dict[date, list[Segment]], default: tuple[int, int] = (8, 20)) -> tuple[int, int]:
    """The hour range to draw: the working day, widened to whatever the items need."""
    first, last = default
    for day_segments in segments.values():
        for s in day_segments:
            first = min(first, s.start_minute // 60)
            last = max(last, -(-s.end_minute // 60))
    return max(0, first), min(24, max(last, first + 1))
