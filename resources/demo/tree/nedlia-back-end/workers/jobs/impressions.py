"""Aggregates raw impression events into hourly counters."""

from collections import Counter


def aggregate(events):
    counts = Counter()
    for event in events:
        counts[(event["placement_id"], event["hour"])] += 1
    return counts
