"""Small Beam helpers shared by the stage transforms."""

from __future__ import annotations

import apache_beam as beam
from apache_beam import pvalue
from apache_beam.metrics import Metrics

from .records import Failure

FAILED = "failed"
NAMESPACE = "chartsum"


class RouteFailures(beam.DoFn):
    """Send `Failure` values to the 'failed' output and everything else to the main output, so a bad
    record is a dead-letter entry and never an exception that sinks the bundle."""

    def __init__(self, stage: str):
        self.stage = stage
        self.failed = Metrics.counter(NAMESPACE, f"{stage}_failed")

    def process(self, value):
        if isinstance(value, Failure):
            self.failed.inc()
            yield pvalue.TaggedOutput(FAILED, value)
        else:
            yield value


def route(pcoll, stage: str):
    """(good, failed) PCollections of a PCollection of values-or-Failures."""
    out = pcoll | f"Route{stage.title()}Failures" >> beam.ParDo(RouteFailures(stage)).with_outputs(FAILED, main="ok")
    return out.ok, out[FAILED]
