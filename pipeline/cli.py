"""The `chartsum` command line.

  chartsum run --input PATH --output DIR [--config FILE] [--model NAME] [Beam flags...]
  chartsum models prepare [--model NAME]
  chartsum models list

Unknown flags on `run` are passed to Beam as PipelineOptions (--runner, --direct_num_workers, ...).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys

from .config import load_config


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", help="YAML config file (default: configs/default.yaml)")
    parser.add_argument("--model", help="model profile name (see `chartsum models list`)")
    parser.add_argument("--cache-dir", dest="cache_dir", help="where prepared models live (default ~/.cache/chartsum)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="chartsum", description="Clinical notes -> de-identified, structured patient summaries.")
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="run the Beam pipeline")
    run.add_argument("--input", required=True, help="JSONL note file(s): a path or glob, local or s3://")
    run.add_argument("--output", required=True, help="output directory: summaries/, audit/, dead_letter/")
    run.add_argument("--run-id", dest="run_id", help="run id (default: timestamp + random suffix)")
    run.add_argument("--no-progress", dest="progress", action="store_false", default=None, help="no progress bars")
    _common(run)

    deid = sub.add_parser("deid", help="de-identify a JSONL note file (no model needed)")
    deid.add_argument("--input", required=True, help="JSONL notes (schemas/note.schema.json)")
    deid.add_argument("--output", required=True, help="JSONL: note_id, de-identified text, spans")
    deid.add_argument("--date-policy", dest="date_policy", choices=["shift", "mask"], help="shift dates per patient (default) or mask them")
    _common(deid)

    evaluate = sub.add_parser("deid-eval", help="score de-identification against a labeled gold file")
    evaluate.add_argument("--gold", required=True, help="gold JSONL (text, phi spans, must-keep spans)")
    evaluate.add_argument("--make-gold", dest="make_gold", type=int, metavar="N", help="first write N synthetic labeled notes to --gold")
    evaluate.add_argument("--held-out", dest="held_out", action="store_true", help="with --make-gold: use the held-out note styles")
    evaluate.add_argument("--json", dest="as_json", action="store_true", help="print the report as JSON")
    _common(evaluate)

    models = sub.add_parser("models", help="model profiles")
    models_sub = models.add_subparsers(dest="models_command", required=True)
    prepare = models_sub.add_parser("prepare", help="convert a GGUF profile to a safetensors directory, once")
    _common(prepare)
    listing = models_sub.add_parser("list", help="list model profiles")
    _common(listing)
    return parser


def main(argv: list[str] | None = None) -> int:
    from .config import ConfigError
    from .prepare import PrepareError
    from .run import RunSetupError

    try:
        return _main(argv)
    except (RunSetupError, PrepareError, ConfigError, FileNotFoundError) as err:
        # Set-up problems get one clear line, not a traceback; errors inside the job stay loud.
        print(f"chartsum: error: {err}", file=sys.stderr)
        return 2


def _main(argv: list[str] | None) -> int:
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    if extra and args.command != "run":
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    # vLLM logs every engine step at INFO; keep the terminal for the progress bars unless asked.
    os.environ.setdefault("VLLM_LOGGING_LEVEL", "DEBUG" if args.verbose else "WARNING")
    config = load_config(args.config, {"model": args.model, "cache_dir": args.cache_dir, "run_id": getattr(args, "run_id", None), "progress": getattr(args, "progress", None)})

    if args.command == "deid":
        from dataclasses import replace

        from .deid_file import deid_file

        deid_config = replace(config.deid, date_policy=args.date_policy or config.deid.date_policy)
        written, rejected = deid_file(args.input, args.output, deid_config)
        print(f"de-identified {written} notes into {args.output}; {rejected} lines rejected")
        return 0 if written or not rejected else 1

    if args.command == "deid-eval":
        import json

        from .deid_eval import HELD_OUT_TEMPLATES, make_eval_set, write_jsonl
        from .deid_file import evaluate_file, format_report

        if args.make_gold:
            seed, templates = (11, HELD_OUT_TEMPLATES) if args.held_out else (7, None)
            write_jsonl(make_eval_set(args.make_gold, seed=seed, templates=templates), args.gold)
        report = evaluate_file(args.gold, config.deid)
        print(json.dumps(report, indent=2) if args.as_json else format_report(report))
        return 0

    if args.command == "models":
        from .models import PROFILES, get_profile

        if args.models_command == "list":
            for profile in PROFILES.values():
                marker = "*" if profile.name == config.model else " "
                print(f"{marker} {profile.name:24} {profile.source:13} ctx={profile.context_len:<5} {profile.prompt_format:10} {profile.location}")
            return 0
        from .prepare import prepare_model

        path = prepare_model(get_profile(config.model), config.models_dir)
        print(f"model {config.model} ready at {path}")
        return 0

    from .generate import shutdown_engines
    from .run import run_pipeline

    try:
        counts = run_pipeline(args.input, args.output, config, extra)
    finally:
        shutdown_engines()
    print(f"outputs in {args.output}/: summaries/ (Parquet), audit/ (JSONL), dead_letter/ (JSONL)")
    print(counts.line())
    return 0


if __name__ == "__main__":
    sys.exit(main())
