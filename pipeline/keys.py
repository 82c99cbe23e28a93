"""Keyed pseudonyms: the patient key and the per-patient date shift, both from one secret.

The raw patient_id never leaves the Deidentify stage; everything downstream and every output uses
HMAC-SHA256(secret, patient_id). Without the secret the key cannot be reversed or recomputed.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import secrets
from pathlib import Path

log = logging.getLogger(__name__)


def load_secret(secret_env: str, secret_file: str | None, environ=None) -> tuple[bytes, bool]:
    """(secret, generated). A generated secret makes keys unlinkable across runs: say so loudly."""
    environ = os.environ if environ is None else environ
    if environ.get(secret_env):
        return environ[secret_env].encode(), False
    if secret_file:
        return Path(secret_file).read_bytes().strip(), False
    return secrets.token_bytes(32), True


def patient_key(secret: bytes, patient_id: str) -> str:
    return hmac.new(secret, b"patient:" + patient_id.encode(), hashlib.sha256).hexdigest()


def date_shift_days(secret: bytes, patient_id: str, max_days: int = 365) -> int:
    """A per-patient offset in [1, max_days] days; the same for every note, so intervals survive."""
    digest = hmac.new(secret, b"dateshift:" + patient_id.encode(), hashlib.sha256).digest()
    return 1 + int.from_bytes(digest[:8], "big") % max_days
