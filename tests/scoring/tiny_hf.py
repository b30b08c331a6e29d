"""Tiny Hugging Face text classifiers built offline, shaped like Dutch toxicity models.

``robbert``: RoBERTa with a byte-level BPE tokenizer trained here on Dutch (RobBERT's shape).
``bertje``: BERT with a WordPiece vocabulary trained here on Dutch (BERTje's shape).
Weights are random (a few layers of width 32); the labels are what a downloaded model may call
its outputs. ``weights="onnx"`` writes an ONNX export instead of safetensors, as optimum does
(BERT's export asks for ``token_type_ids`` too).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pathlib import Path

DUTCH = [
    "jij bent echt een sukkel en je mening slaat nergens op",
    "wat een mooie foto, bedankt voor het delen",
    "ik ben het niet met je eens maar bedankt voor je reactie",
    "de gemeente luistert niet naar de bewoners van de wijk",
    "ik weet waar je woont en ik kom langs",
    "die ambtenaren zijn allemaal waardeloos tuig",
    "goed idee, maar hoe zit het met de kosten van het fietspad",
    "de informatieavond over de vergunning was erg nuttig",
]
LABELS = ("LABEL_0", "LABEL_1", "haat")  # neutral, toxic, hate: a typical download


def robbert(out: Path, *, labels: tuple[str, ...] = LABELS, weights: str = "safetensors",
            tokenizer_json: bool = True, spread: float = 0.1, seed: int = 0,
            extra: dict[str, Any] | None = None) -> Path:
    """Write a RobBERT-shaped classifier folder to ``out`` and return it.

    Args:
        out: Folder to create.
        labels: ``id2label`` in output order.
        weights: ``safetensors`` or ``onnx``.
        tokenizer_json: Keep ``tokenizer.json`` (False: only vocab.json + merges.txt, like
            older uploads, so the install has to convert).
        spread: Standard deviation of the random weight matrices.
        seed: Torch seed.
        extra: Written as ``moderator.json`` (the bundle's own label mapping), if given.
    """
    import transformers
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, processors, trainers

    out.mkdir(parents=True, exist_ok=True)
    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    tok.post_processor = processors.ByteLevel(trim_offsets=False)
    tok.train_from_iterator(DUTCH * 10, trainers.BpeTrainer(
        vocab_size=300, special_tokens=["<s>", "<pad>", "</s>", "<unk>", "<mask>"],
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet()))
    tok.model.save(str(out))  # vocab.json, merges.txt
    hf_tok = transformers.RobertaTokenizerFast.from_pretrained(str(out), model_max_length=128)
    hf_tok.save_pretrained(out)
    config = transformers.RobertaConfig(
        vocab_size=hf_tok.backend_tokenizer.get_vocab_size(), hidden_size=32,
        num_hidden_layers=2, num_attention_heads=2, intermediate_size=64,
        max_position_embeddings=130, type_vocab_size=1, pad_token_id=hf_tok.pad_token_id,
        bos_token_id=hf_tok.bos_token_id, eos_token_id=hf_tok.eos_token_id,
        num_labels=len(labels), id2label=dict(enumerate(labels)),
        label2id={name: i for i, name in enumerate(labels)},
        architectures=["RobertaForSequenceClassification"])
    model = transformers.RobertaForSequenceClassification(config)
    _finish(out, model, config, weights, spread=spread, seed=seed, with_token_types=False)
    if not tokenizer_json:
        (out / "tokenizer.json").unlink()
    if extra is not None:
        (out / "moderator.json").write_text(json.dumps(extra), encoding="utf-8")
    return out


def bertje(out: Path, *, labels: tuple[str, ...] = ("niet-toxisch", "toxisch"),
           weights: str = "safetensors", spread: float = 0.1, seed: int = 1) -> Path:
    """Write a BERTje-shaped classifier folder (WordPiece ``vocab.txt``) and return it."""
    import transformers
    from tokenizers import Tokenizer, models, normalizers, pre_tokenizers, trainers

    out.mkdir(parents=True, exist_ok=True)
    tok = Tokenizer(models.WordPiece(unk_token="[UNK]"))
    tok.normalizer = normalizers.BertNormalizer(lowercase=False)
    tok.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    tok.train_from_iterator(DUTCH * 10, trainers.WordPieceTrainer(
        vocab_size=200, special_tokens=["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]))
    vocab = sorted(tok.get_vocab().items(), key=lambda kv: kv[1])
    (out / "vocab.txt").write_text("".join(f"{t}\n" for t, _ in vocab), encoding="utf-8")
    hf_tok = transformers.BertTokenizerFast.from_pretrained(str(out), do_lower_case=False,
                                                            model_max_length=128)
    hf_tok.save_pretrained(out)
    config = transformers.BertConfig(
        vocab_size=len(vocab), hidden_size=32, num_hidden_layers=2, num_attention_heads=2,
        intermediate_size=64, max_position_embeddings=128, pad_token_id=0,
        num_labels=len(labels), id2label=dict(enumerate(labels)),
        label2id={name: i for i, name in enumerate(labels)},
        architectures=["BertForSequenceClassification"])
    model = transformers.BertForSequenceClassification(config)
    _finish(out, model, config, weights, spread=spread, seed=seed, with_token_types=True)
    return out


def _finish(out: Path, model: Any, config: Any, weights: str, *, spread: float, seed: int,
            with_token_types: bool) -> None:
    import torch

    torch.manual_seed(seed)
    with torch.no_grad():
        for param in model.parameters():
            if param.dim() >= 2:
                param.normal_(0.0, spread)
    model.eval()
    if weights == "safetensors":
        model.save_pretrained(out, safe_serialization=True)
        return
    config.save_pretrained(out)
    _export_onnx(model, out / "model.onnx", with_token_types=with_token_types)


def _export_onnx(model: Any, path: Path, *, with_token_types: bool) -> None:
    """Export logits the way optimum names things (inputs by name, output ``logits``)."""
    import torch

    class Logits(torch.nn.Module):
        def __init__(self, inner: Any) -> None:
            super().__init__()
            self.inner = inner

        def forward(self, *inputs: Any) -> Any:
            names = ["input_ids", "attention_mask", "token_type_ids"][: len(inputs)]
            return self.inner(**dict(zip(names, inputs, strict=True))).logits

    ids = torch.tensor([[0, 5, 6, 7, 2], [0, 8, 2, 1, 1]])
    mask = (ids != 1).long()
    args = (ids, mask, torch.zeros_like(ids)) if with_token_types else (ids, mask)
    names = ["input_ids", "attention_mask", "token_type_ids"][: len(args)]
    torch.onnx.export(Logits(model), args, str(path), input_names=names,
                      output_names=["logits"], opset_version=17, dynamo=False,
                      dynamic_axes={**{n: {0: "batch", 1: "tokens"} for n in names},
                                    "logits": {0: "batch"}})
