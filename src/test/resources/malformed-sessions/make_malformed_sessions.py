"""Writes the corpus of malformed .relulab session files and expected.tsv beside this script,
and ../refused-sessions/: well-formed sessions whose lesson settings the window refuses.

Each file breaks one rule of the session format (see relulab.io.session.SessionJson) or of
the lessons (relulab.ui.app.keep.SessionMapping); each table gives words the one-line refusal
must contain. Run: python3 make_malformed_sessions.py
"""
import base64
import copy
import json
import os
import struct

HERE = os.path.dirname(os.path.abspath(__file__))


def tensor(values, shape, dtype="float64"):
    data = base64.b64encode(struct.pack("<%dd" % len(values), *values)).decode()
    return {"dtype": dtype, "shape": shape, "float64_le": data}


PARTS = {
    "colors": {"palette": "BLUE_RED", "scope": "FORWARD_BACKWARD"},
    "dying": {"learning_rate": 0.1, "dataset": "spiral", "activation": "relu", "hidden_layers": 2,
              "width": 64, "steps": 300, "seed": 1},
    "vanishing": {"depth": 20, "width": 64, "init": "recommended", "input_scale": 1.0, "seed": 1},
}

VALID = {
    "format": "relulab-session",
    "version": 2,
    "x": tensor([1.0, -2.0], [2]),
    "dout": tensor([0.5, 0.25], [2]),
    "activation": "relu",
    "gradient_at_zero": 0,
    "lessons": PARTS,
    "selected_tab": "workbench",
}

# Version 1 had Leaky ReLU's slope for the activation and the lessons' parts at the top level.
VALID_1 = {
    "format": "relulab-session",
    "version": 1,
    "x": tensor([1.0, -2.0], [2]),
    "dout": tensor([0.5, 0.25], [2]),
    "leaky_slope": 0.1,
    "gradient_at_zero": 0.5,
    **PARTS,
    "selected_tab": "dying",
}


def changed(edit, valid=VALID):
    s = copy.deepcopy(valid)
    edit(s)
    return json.dumps(s, indent=2)


def changed_1(edit):
    return changed(edit, VALID_1)


def part(name, edit):
    return lambda s: edit(s["lessons"][name])


CASES = []
REFUSED = []


def case(name, text, words):
    CASES.append((name, text, words))


def refused(name, text, words):
    REFUSED.append((name, text, words))


case("empty.relulab", "", "the file is empty (0 bytes)")
case("not_json.relulab", "x = [1, 2, 3]\n", "is not valid JSON at line 1, column 1")
case("truncated.relulab", json.dumps(VALID, indent=2)[:200], "ends in the middle of its JSON")
case("binary.relulab", b"\x89PNG\r\n\x1a\n\xff\xfe\x00\x01", "is not UTF-8 text")
case("top_level_array.relulab", "[1, 2, 3]\n", "expected a JSON object {…}, found an array")
case("other_json.relulab", json.dumps({"name": "my notes", "version": 1}), "lacks \"format\": \"relulab-session\"")
case("trailing_data.relulab", json.dumps(VALID) + "\n{}\n", "has more after the end of its JSON object")
case("nan_literal.relulab", json.dumps(VALID).replace('"gradient_at_zero": 0', '"gradient_at_zero": NaN'),
     "is not valid JSON at line 1, column")
case("newer_version.relulab", changed(lambda s: s.update(version=3)),
     "was saved by a newer ReLU Lab (session version 3); this one opens versions up to 2")
case("no_version.relulab", changed(lambda s: s.pop("version")), "\"version\" is missing")
case("version_text.relulab", changed(lambda s: s.update(version="1")), "version must be a number, got the string \"1\"")
case("version_fraction.relulab", changed(lambda s: s.update(version=1.5)), "version must be a whole number, got 1.5")
case("no_x.relulab", changed(lambda s: s.pop("x")), "\"x\" is missing")
case("dout_not_object.relulab", changed(lambda s: s.update(dout=[0.5, 0.25])), "dout must be an object {…}, got an array")
case("unknown_dtype.relulab", changed(lambda s: s["x"].update(dtype="float16")),
     "x.dtype \"float16\" is unknown; expected float64, float32")
case("shape_zero.relulab", changed(lambda s: s["x"].update(shape=[0, 2])),
     "x.shape[0] must be a whole number of at least 1, got the number 0")
case("shape_five_dims.relulab", changed(lambda s: s["x"].update(shape=[1, 1, 1, 1, 2])),
     "x.shape must be a list of 1 to 4 sizes")
case("shape_batch.relulab", changed(lambda s: s["x"].update(shape=[2, 1, 1, 1])),
     "x.shape (2, 1, 1, 1) is a batch of 2; a 4-D shape must start with 1")
case("too_big.relulab", changed(lambda s: s["x"].update(shape=[64, 4096, 4096])),
     "x.shape (64, 4096, 4096) has 1,073,741,824 elements, more than the limit of 16,777,216")
case("data_too_short.relulab", changed(lambda s: s["dout"].update(float64_le="AAAAAAAA8D8=")),
     "dout.float64_le has 12 Base64 characters, but shape (2,) needs 24")
case("data_not_base64.relulab", changed(lambda s: s["x"].update(float64_le="AAAAAAAA8D8AAAAAAAA*wA==")),
     "x.float64_le is not valid Base64")
case("shapes_differ.relulab", changed(lambda s: s.update(dout=tensor([1.0, 2.0], [2, 1]))),
     "dout has shape (2, 1) but x has shape (2,); they must match")
case("slope_too_big.relulab", changed_1(lambda s: s.update(leaky_slope=1.5)),
     "leaky_slope must be 0 (ReLU) or a slope in (0, 1), got 1.5")
case("gradient_at_zero_two.relulab", changed(lambda s: s.update(gradient_at_zero=2)),
     "gradient_at_zero must be 0, 0.5 or 1, got 2.0")
case("unknown_activation.relulab", changed(lambda s: s.update(activation="swish")),
     "activation: unknown activation 'swish'")
case("lessons_array.relulab", changed(lambda s: s.update(lessons=[1])), "lessons must be an object {…}, got an array")

refused("dying_seed_fraction.relulab", changed(part("dying", lambda d: d.update(seed=1.5))),
        "dying.seed must be a whole number, got 1.5")
refused("dying_dataset_number.relulab", changed(part("dying", lambda d: d.update(dataset=3))),
        "dying.dataset must be a string, got the number 3")
refused("dying_number.relulab", changed(lambda s: s["lessons"].update(dying=3)),
        "dying must be an object {…}, got the number 3")
refused("vanishing_no_depth.relulab", changed(part("vanishing", lambda v: v.pop("depth"))),
        "\"vanishing.depth\" is missing")
refused("unknown_part.relulab", changed(lambda s: s["lessons"].update(sketch={"pen": 1})),
        "it keeps settings \"sketch\" that no lesson of this window has")
refused("version_1_unknown_scope.relulab", changed_1(lambda s: s["colors"].update(scope="PER_ROW")),
        "colors.scope \"PER_ROW\" is unknown; expected FORWARD_BACKWARD or")

refused("dying_negative_rate.relulab", changed(part("dying", lambda s: s.update(learning_rate=-1))),
        "dying: learning_rate must be a number from 0.001 to 10, got -1.0")
refused("dying_unknown_dataset.relulab", changed(part("dying", lambda s: s.update(dataset="moons"))),
        "dying: unknown dataset 'moons'")
refused("dying_too_many_layers.relulab", changed(part("dying", lambda s: s.update(hidden_layers=9))),
        "dying: hidden_layers must be one of 1, 2, 3, 4, got 9")
refused("dying_tanh.relulab", changed(part("dying", lambda s: s.update(activation="tanh"))),
        "dying: activation 'tanh' is not one the lesson offers")
refused("dying_other_slope.relulab", changed(part("dying", lambda s: s.update(activation="leaky:0.2"))),
        "dying: activation 'leaky:0.2' is not one the lesson offers")
refused("dying_huge_seed.relulab", changed(part("dying", lambda s: s.update(seed=10**12))),
        "dying: seed must be 0 to 999999, got 1000000000000")
refused("vanishing_unknown_init.relulab", changed(part("vanishing", lambda s: s.update(init="lecun"))),
        "vanishing: unknown initialisation 'lecun' (expected recommended, xavier or he)")
refused("vanishing_too_deep.relulab", changed(part("vanishing", lambda s: s.update(depth=99))),
        "vanishing: depth must be 1 to 50, got 99")
refused("unknown_palette.relulab", changed(part("colors", lambda s: s.update(palette="RAINBOW"))),
        "colors.palette \"RAINBOW\" is unknown; expected BLUE_RED or PURPLE_ORANGE")
refused("larger_than_workbench.relulab", changed(lambda s: s.update(x=tensor([0.0] * 129, [129]),
                                                                   dout=tensor([0.0] * 129, [129]))),
        "its tensors have shape (1, 1, 129), larger than the workbench's (64, 128, 128)")
refused("colors_empty_palette.relulab", changed(part("colors", lambda c: c.update(palette=""))),
        "colors.palette is empty")
case("tab_number.relulab", changed(lambda s: s.update(selected_tab=3)), "selected_tab must be a string, got the number 3")



def write_corpus(folder, cases):
    os.makedirs(folder, exist_ok=True)
    for name, text, _ in cases:
        with open(os.path.join(folder, name), "wb") as f:
            f.write(text if isinstance(text, bytes) else text.encode())
    with open(os.path.join(folder, "expected.tsv"), "w") as f:
        f.write("# file\twords its one-line error message must contain (besides the file's name)\n")
        for name, _, words in cases:
            f.write(name + "\t" + words + "\n")


write_corpus(HERE, CASES)
write_corpus(os.path.join(os.path.dirname(HERE), "refused-sessions"), REFUSED)
with open(os.path.join(HERE, "valid.json"), "w") as f:
    json.dump(VALID, f, indent=2)
with open(os.path.join(HERE, "valid_version_1.json"), "w") as f:
    json.dump(VALID_1, f, indent=2)
