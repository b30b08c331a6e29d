"""Loading an installed model through the real ``Detoxify(...)`` with networking off.

Detoxify 0.5.4 always calls ``config_class.from_pretrained(model_type)``, and the released
checkpoints name their config by hub id (``xlm-roberta-base``), so that call would go to the
hub even with ``huggingface_config_path`` given (upstream PR unitaryai/detoxify#126). We point
it at the local folder instead; with no local folder (``model download``) nothing changes.
"""

from __future__ import annotations

import inspect
import threading
import warnings
from typing import TYPE_CHECKING, Any

from moderator.errors import DataError, UnavailableError
from moderator.scoring.base import set_offline_env

if TYPE_CHECKING:
    from pathlib import Path

_PATCH_LOCK = threading.Lock()
_EXPECTED_PARAMS = [
    "model_type", "model_name", "tokenizer_name", "num_classes", "state_dict",
    "huggingface_config_path",
]
# Position ids of (XLM-)RoBERTa start after the padding index, so two fewer tokens fit.
_OFFSET_POSITIONS = frozenset({"roberta", "xlm-roberta"})


def patch_detoxify() -> Any:
    """Make Detoxify load the config from the local folder; return the ``Detoxify`` class.

    Raises:
        UnavailableError: detoxify is missing, or its loader is not the one we know how to patch.
    """
    set_offline_env()
    try:
        import detoxify.detoxify as dd
    except ImportError as exc:
        raise UnavailableError(f"detoxify is not installed ({exc})") from exc
    import transformers

    transformers.utils.logging.disable_progress_bar()  # type: ignore[no-untyped-call]  # even if imported before our env was set
    with _PATCH_LOCK:
        original = dd.get_model_and_tokenizer
        if getattr(original, "_moderator_patched", False):
            return dd.Detoxify
        if list(inspect.signature(original).parameters) != _EXPECTED_PARAMS:
            raise UnavailableError("this detoxify version is not supported (loader changed)")

        def local_first(  # noqa: PLR0917 - the signature detoxify calls positionally
            model_type: str, model_name: str, tokenizer_name: str, num_classes: int,
            state_dict: Any, huggingface_config_path: str | None = None,
        ) -> Any:
            return original(
                huggingface_config_path or model_type, model_name, tokenizer_name,
                num_classes, state_dict, huggingface_config_path,
            )

        local_first._moderator_patched = True  # type: ignore[attr-defined]
        dd.get_model_and_tokenizer = local_first  # load_checkpoint looks it up at call time
    return dd.Detoxify


def load_detoxify(model_dir: Path, device: str = "cpu") -> Any:
    """Load ``model_dir/model.ckpt`` with ``model_dir/hf`` through ``Detoxify(...)``, offline.

    Only call this on a checkpoint that passed ``bundle.read_checkpoint`` (``weights_only``),
    because Detoxify itself unpickles it without restrictions.

    Args:
        model_dir: An installed (or validated) bundle folder.
        device: A torch device name.

    Returns:
        The Detoxify object, its tokenizer's maximum length capped to what the model can take.

    Raises:
        DataError: Detoxify could not build the model from these files.
    """
    detoxify_class = patch_detoxify()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            model = detoxify_class(
                checkpoint=str(model_dir / "model.ckpt"),
                huggingface_config_path=str(model_dir / "hf"),
                device=device,
            )
    except (OSError, ValueError, RuntimeError, TypeError, KeyError, AttributeError) as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise DataError(f"Detoxify could not load the model: {first[:200]}") from exc
    cap_max_length(model.tokenizer, model.model.config)
    model.model.eval()
    return model


def max_tokens(config: Any, tokenizer_limit: int | None = None) -> int:
    """Return the longest input (in tokens, specials included) the model can take."""
    positions = int(getattr(config, "max_position_embeddings", 512))
    if getattr(config, "model_type", "") in _OFFSET_POSITIONS:
        positions -= int(getattr(config, "pad_token_id", 1) or 0) + 1
    if tokenizer_limit is not None and 0 < tokenizer_limit < positions:
        return tokenizer_limit
    return positions


def cap_max_length(tokenizer: Any, config: Any) -> int:
    """Cap ``tokenizer.model_max_length`` so a long comment is truncated, not a crash."""
    limit = max_tokens(config, int(min(tokenizer.model_max_length, 1 << 30)))
    tokenizer.model_max_length = limit
    return limit
