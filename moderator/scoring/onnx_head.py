"""The label head appended to a classifier's ONNX graph: logits in, Moderator categories out.

After the model's logits: the activation (softmax or sigmoid), then for each category the
highest probability among the labels mapped to it (``Gather`` per slot, then ``Max``; both
exist in every opset, unlike ``ReduceMax``'s changing signature). ``token_type_ids``, which BERT
exports ask for, is fed with zeros from inside the graph, so every model takes the same two
inputs as a Detoxify export. ``apply_head`` is the same computation in numpy, the reference.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from moderator.errors import DataError

if TYPE_CHECKING:
    from pathlib import Path

    from moderator.scoring.labels import LabelMap

INPUTS = ("input_ids", "attention_mask")
_PREFIX = "moderator_"  # names of what we add to a graph, clear of the model's own


def apply_head(logits: Any, labels: LabelMap, activation: str) -> Any:
    """What the graph head computes, in numpy: probabilities per category, highest label."""
    logits = np.asarray(logits, dtype=np.float64)
    if activation == "sigmoid":
        probs = 1.0 / (1.0 + np.exp(-logits))
    else:
        shifted = np.exp(logits - logits.max(axis=1, keepdims=True))
        probs = shifted / shifted.sum(axis=1, keepdims=True)
    return np.stack([probs[:, labels.indices(c)].max(axis=1) for c in labels.categories],
                    axis=1)


def add_head(source: Path, out: Path, labels: LabelMap, activation: str) -> None:
    """Append activation and category mapping to a logits graph; feed ``token_type_ids`` zeros.

    Raises:
        DataError: The graph lacks ``input_ids``/``attention_mask`` or wants other inputs.
    """
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    try:
        model = onnx.load(str(source))
    except Exception as exc:  # protobuf raises its own DecodeError on a damaged file
        raise DataError(f"{source.name} is not a readable ONNX model") from exc
    graph = model.graph
    first = _feed_token_types(graph, helper, numpy_helper)
    logits = graph.output[0].name
    p = _PREFIX
    activate = (helper.make_node("Softmax", [f"{p}logits"], [f"{p}probs"], axis=-1)
                if activation == "softmax"
                else helper.make_node("Sigmoid", [f"{p}logits"], [f"{p}probs"]))
    nodes = [helper.make_node("Cast", [logits], [f"{p}logits"], to=TensorProto.FLOAT), activate]
    groups = [labels.indices(c) for c in labels.categories]
    gathered = []
    for slot in range(max(len(g) for g in groups)):  # Max over slots = max over a category
        index = np.array([g[min(slot, len(g) - 1)] for g in groups], dtype=np.int64)
        graph.initializer.append(numpy_helper.from_array(index, f"{p}index_{slot}"))
        nodes.append(helper.make_node("Gather", [f"{p}probs", f"{p}index_{slot}"],
                                      [f"{p}gather_{slot}"], axis=1))
        gathered.append(f"{p}gather_{slot}")
    nodes.append(helper.make_node("Max", gathered, [f"{p}probabilities"]))
    graph.node.extend(nodes)
    del graph.output[:]
    graph.output.append(helper.make_tensor_value_info(
        f"{p}probabilities", TensorProto.FLOAT, ["batch", len(groups)]))
    for node in reversed(first):
        graph.node.insert(0, node)
    try:
        onnx.checker.check_model(model)
    except onnx.checker.ValidationError as exc:
        raise DataError(f"{source.name}: the graph cannot take the label head ({exc})") from exc
    onnx.save(model, str(out))


def _feed_token_types(graph: Any, helper: Any, numpy_helper: Any) -> list[Any]:
    initialised = {i.name for i in graph.initializer}
    names = [i.name for i in graph.input if i.name not in initialised]
    missing = [n for n in INPUTS if n not in names]
    extra = [n for n in names if n not in (*INPUTS, "token_type_ids")]
    if missing or extra:
        raise DataError(f"the ONNX model must take input_ids and attention_mask "
                        f"(missing: {missing or '-'}; unexpected: {extra or '-'})")
    if "token_type_ids" not in names:
        return []
    kept = [i for i in graph.input if i.name != "token_type_ids"]
    del graph.input[:]
    graph.input.extend(kept)
    zero = numpy_helper.from_array(np.zeros(1, dtype=np.int64))
    return [helper.make_node("Shape", ["input_ids"], [f"{_PREFIX}shape"]),
            helper.make_node("ConstantOfShape", [f"{_PREFIX}shape"], ["token_type_ids"],
                             value=zero)]
