"""Compiles src/main/resources/dev/pql/config/ludwig-schema.json from Ludwig's schema sources.

Usage: python3 tools/ludwig_schema_names.py <ludwig checkout> <commit> > ludwig-schema.json

Reads only names (registered types and the fields of each config dataclass, with inherited fields),
never code or prose: PQL keeps them as data to tell "valid in Ludwig, not in PQL" (0A000) from a typo
(42P10). Not run by the build; rerun by hand when Ludwig's schema moves.
"""
import ast
import json
import os
import sys

root = sys.argv[1]
commit = sys.argv[2] if len(sys.argv) > 2 else "unknown"
schema = os.path.join(root, "ludwig", "schema")

consts = {}
for line in open(os.path.join(root, "ludwig", "constants.py")):
    if "=" in line and line.split("=")[0].strip().isupper():
        k, v = line.split("=", 1)
        v = v.strip()
        if v.startswith('"') and v.endswith('"'):
            consts[k.strip()] = v.strip('"')

type_names = {}
classes = {}  # name -> (bases, fields, registrations)


def value(node):
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.Name):
        return consts.get(node.id, node.id)
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, (ast.List, ast.Tuple)):
        return [value(e) for e in node.elts]
    return None


for dirpath, _, files in os.walk(schema):
    for f in files:
        if not f.endswith(".py"):
            continue
        tree = ast.parse(open(os.path.join(dirpath, f)).read())
        for node in ast.walk(tree):
            if not isinstance(node, ast.ClassDef):
                continue
            fields = [s.target.id for s in node.body if isinstance(s, ast.AnnAssign) and isinstance(s.target, ast.Name)]
            for s in node.body:  # a loss is registered by class; its name is the default of its 'type' field
                if isinstance(s, ast.AnnAssign) and getattr(s.target, "id", "") == "type" and isinstance(s.value, ast.Call) \
                        and s.value.args:
                    type_names[node.name] = value(s.value.args[0])
            regs = []
            for d in node.decorator_list:
                if isinstance(d, ast.Call):
                    fn = d.func.attr if isinstance(d.func, ast.Attribute) else getattr(d.func, "id", "")
                    owner = d.func.value.id if isinstance(d.func, ast.Attribute) and isinstance(d.func.value, ast.Name) else ""
                    args = [value(a) for a in d.args]
                    kw = {k.arg: value(k.value) for k in d.keywords}
                    regs.append((owner + "." + fn if owner else fn, args, kw))
            bases = [b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases]
            classes[node.name] = (bases, fields, regs)


def all_fields(name, seen=None):
    seen = seen or set()
    if name not in classes or name in seen:
        return []
    seen.add(name)
    bases, fields, _ = classes[name]
    out = []
    for b in bases:
        out += all_fields(b, seen)
    return sorted(set(out + fields))


def as_list(x):
    return x if isinstance(x, list) else [x]


out = {"_source": "ludwig-ai/ludwig ludwig/schema/** at " + commit + "; names only, see tools/ludwig_schema_names.py",
       "combiner": {}, "encoder": {}, "decoder": {}, "loss": {}, "optimizer": {}, "split": {},
       "preprocessing": {}, "input": {}, "output": {}, "model_type": {}}
for cname, (bases, fields, regs) in sorted(classes.items()):
    for fn, args, kw in regs:
        f = all_fields(cname)
        if fn == "register_combiner_config":
            out["combiner"][args[0]] = f
        elif fn == "register_encoder_config":
            for t in as_list(args[1]):
                out["encoder"].setdefault(t, {})[args[0]] = f
        elif fn == "register_decoder_config":
            for t in as_list(args[1]):
                out["decoder"].setdefault(t, {})[args[0]] = f
        elif fn == "register_loss":
            for t in as_list(args[0]):
                out["loss"].setdefault(t, {})[type_names.get(cname, cname)] = f
        elif fn == "register_optimizer":
            out["optimizer"][kw.get("name", args[0] if args else None)] = f
        elif fn == "split_config_registry.register":
            out["split"][args[0]] = f
        elif fn == "register_preprocessor":
            out["preprocessing"][args[0]] = f
        elif fn == "ecd_input_config_registry.register":
            out["input"][args[0]] = f
        elif fn == "ecd_output_config_registry.register":
            out["output"][args[0]] = f
        elif fn == "register_model_type":
            out["model_type"][kw.get("name", args[0] if args else None)] = f
        elif fn == "register_trainer_schema":
            out["trainer"] = f
# Keys of older Ludwig versions that current Ludwig ignores with a warning (its schema strips unknown
# keys): not in any schema class any more, so listed by hand, from Ludwig's own example and benchmark
# configs (the TF-era regularizers, TabNet's Keras batch norm options, ...). By section: "feature"
# covers input and output features and their encoder, decoder and loss.
out["stale"] = {
    "combiner": ["bn_virtual_divider", "use_keras_batch_norm", "weights_regularizer", "bias_regularizer",
                 "activity_regularizer", "weight_regularization", "bias_regularization", "activity_regularization"],
    "feature": ["weights_regularizer", "bias_regularizer", "activity_regularizer", "weight_regularization",
                "bias_regularization", "activity_regularization"],
    "trainer": ["shuffle_buffer_size", "reduce_learning_rate_eval_metric", "reduce_learning_rate_eval_split"],
}
out["learning_rate_scheduler"] = all_fields("LRSchedulerConfig")
out["gradient_clipping"] = all_fields("GradientClippingConfig")
out["global_preprocessing"] = all_fields("PreprocessingConfig")


def dump(node, depth):
    # one line per list of names, so that a diff after a Ludwig upgrade reads name by name
    pad = "  " * (depth + 1)
    if isinstance(node, dict):
        items = [pad + json.dumps(k) + ": " + dump(v, depth + 1) for k, v in sorted(node.items())]
        return "{\n" + ",\n".join(items) + "\n" + "  " * depth + "}"
    return json.dumps(node)


print(dump(out, 0))
