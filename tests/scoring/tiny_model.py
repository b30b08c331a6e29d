"""Build a tiny Detoxify-format XLM-R bundle offline: a few layers, a tokenizer trained here.

The checkpoint names its config by hub id (``xlm-roberta-base``) like the released files, so
loading it offline exercises the workaround for detoxify's stray hub call.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pathlib import Path

SENTENCES = [
    "you are a wonderful person and I like your comment",
    "this is the worst take I have ever read, you idiot",
    "jij bent echt een sukkel en je mening slaat nergens op",
    "wat een mooie foto, bedankt voor het delen",
    "go away nobody wants you here",
    "ik ben het niet met je eens maar bedankt voor je reactie",
    "de gemeente luistert niet naar de bewoners van de wijk",
    "thanks for the update about the bridge and the traffic",
]
CLASSES = ["toxic", "severe_toxic", "obscene", "threat", "insult", "identity_hate"]


def build(out: Path, *, spread: float = 0.5, seed: int = 0, hub_id: bool = True) -> Path:
    """Write ``out/model.ckpt`` and ``out/hf/``; return ``out``.

    Args:
        out: Bundle folder to create.
        spread: Standard deviation of the random weight matrices (larger: more varied scores).
        seed: Torch seed.
        hub_id: Name the config by hub id (like the released checkpoints) instead of a path.
    """
    import torch
    import transformers
    from tokenizers import Tokenizer, decoders, models, normalizers, pre_tokenizers, trainers

    hf = out / "hf"
    hf.mkdir(parents=True, exist_ok=True)
    tok = Tokenizer(models.Unigram())
    tok.normalizer = normalizers.NFKC()
    tok.pre_tokenizer = pre_tokenizers.Metaspace()
    tok.decoder = decoders.Metaspace()
    tok.train_from_iterator(SENTENCES * 10, trainers.UnigramTrainer(
        vocab_size=160, special_tokens=["<s>", "<pad>", "</s>", "<unk>"], unk_token="<unk>"))
    vocab = [tuple(v) for v in json.loads(tok.to_str())["model"]["vocab"]] + [("<mask>", 0.0)]
    hf_tok = transformers.XLMRobertaTokenizer(vocab=vocab, model_max_length=128)
    hf_tok.save_pretrained(hf)
    config = transformers.XLMRobertaConfig(
        vocab_size=len(vocab), hidden_size=32, num_hidden_layers=2, num_attention_heads=2,
        intermediate_size=64, max_position_embeddings=130, pad_token_id=hf_tok.pad_token_id,
        bos_token_id=hf_tok.bos_token_id, eos_token_id=hf_tok.eos_token_id,
        num_labels=len(CLASSES))
    config.save_pretrained(hf)
    torch.manual_seed(seed)
    model = transformers.XLMRobertaForSequenceClassification(config)
    with torch.no_grad():
        for param in model.parameters():
            if param.dim() >= 2:
                param.normal_(0.0, spread)
    save_checkpoint(out / "model.ckpt", model.state_dict(),
                    model_type="xlm-roberta-base" if hub_id else str(hf))
    return out


def save_checkpoint(path: Path, state_dict: Any, *, model_type: str = "xlm-roberta-base",
                    model_name: str = "XLMRobertaForSequenceClassification",
                    extra: Any = None) -> None:
    """Save a checkpoint in Detoxify's format (``extra`` goes into the config, unchecked)."""
    import torch

    config: dict[str, Any] = {
        "arch": {"args": {"model_type": model_type, "model_name": model_name,
                          "tokenizer_name": "XLMRobertaTokenizer", "num_classes": len(CLASSES)}},
        "dataset": {"args": {"classes": CLASSES}},
    }
    if extra is not None:
        config["extra"] = extra
    torch.save({"config": config, "state_dict": state_dict}, path)
