#!/usr/bin/env python3
"""Writes the malformed tensor files that the readers must refuse, each with its own message.

Run with python3 and NumPy:  python3 src/test/resources/malformed/make_malformed.py

expected.tsv (kept by hand, not written here) pairs every file with the words its error
message must contain; MalformedFilesTest checks that each file has a line there and that the
message of each is one line naming the file.
"""
import io
import os
import random
import zipfile

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
GOOD_HEADER = "{'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), }"
GOOD_DATA = np.arange(6, dtype="<f8").tobytes()


def npy(header, data=b"", version=(1, 0)):
    """A .npy file with the given header text, padded the way NumPy pads it (UTF-8 in version 3.0)."""
    prefix = 10 if version[0] == 1 else 12
    encoding = "utf8" if version[0] == 3 else "latin1"
    size_of_text = len(header.encode(encoding))
    text = header + " " * (-(prefix + size_of_text + 1) % 64) + "\n"
    raw = text.encode(encoding)
    size = len(raw).to_bytes(2 if version[0] == 1 else 4, "little")
    return b"\x93NUMPY" + bytes(version) + size + raw + data


def saved(array, **kwargs):
    buf = io.BytesIO()
    np.save(buf, array, **kwargs)
    return buf.getvalue()


def header_with(descr="'<f8'", fortran="False", shape="(2, 3)"):
    return "{'descr': %s, 'fortran_order': %s, 'shape': %s, }" % (descr, fortran, shape)


def files():
    good = saved(np.arange(6.0).reshape(2, 3))
    zipped = io.BytesIO()
    with zipfile.ZipFile(zipped, "w") as z:
        z.writestr(zipfile.ZipInfo("x.npy", date_time=(2026, 1, 1, 0, 0, 0)), good)  # fixed date: same bytes every run
    junk = random.Random(7).randbytes(300)
    return {
        # .npy: the prefix
        "empty.npy": b"",
        "wrong_magic.npy": b"\x93NUMPX" + good[6:],
        "npz_archive.npy": zipped.getvalue(),
        "binary_junk.npy": b"\x00\x01" + junk,
        "magic_only.npy": b"\x93NUM",
        "truncated_length_field.npy": good[:9],
        "bad_version.npy": good[:6] + b"\x04\x00" + good[8:],
        "header_length_beyond_file.npy": good[:8] + (60000).to_bytes(2, "little") + good[10:],
        "truncated_header.npy": good[:70],
        # .npy: the header dict
        "header_not_a_dict.npy": npy("['<f8', False, (2, 3)]", GOOD_DATA),
        "header_missing_shape.npy": npy("{'descr': '<f8', 'fortran_order': False, }", GOOD_DATA),
        "header_extra_key.npy": npy("{'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), 'x': 1, }", GOOD_DATA),
        "header_unclosed.npy": npy("{'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), ", GOOD_DATA),
        "header_code.npy": npy(header_with(fortran="__import__('os')"), GOOD_DATA),
        "header_fortran_not_bool.npy": npy(header_with(fortran="'no'"), GOOD_DATA),
        "header_shape_infinite.npy": npy(header_with(shape="(inf, 3)"), GOOD_DATA),
        "header_shape_float.npy": npy(header_with(shape="(2.0, 3)"), GOOD_DATA),
        "header_deeply_nested.npy": npy("(" * 5000 + ")" * 5000, GOOD_DATA),
        "header_shape_negative.npy": npy(header_with(shape="(-2, 3)"), GOOD_DATA),
        # .npy: dtypes
        "complex_dtype.npy": saved(np.zeros((2, 3), "<c16")),
        "text_dtype.npy": saved(np.array(["abc", "de"], "<U3")),
        "object_dtype.npy": saved(np.array([{"a": 1}, None], dtype=object), allow_pickle=True),
        "float16_dtype.npy": saved(np.zeros(3, "<f2")),
        "structured_dtype.npy": saved(np.zeros(3, [("a", "<f8"), ("b", "<i4")])),
        "pipe_f8_dtype.npy": npy(header_with(descr="'|f8'"), GOOD_DATA),
        "uppercase_i4_dtype.npy": npy(header_with(descr="'<I4'"), np.arange(6, dtype="<i4").tobytes()),
        "uppercase_f8_dtype.npy": npy(header_with(descr="'<F8'"), GOOD_DATA),
        "uppercase_b1_dtype.npy": npy(header_with(descr="'<B1'"), bytes(6)),
        "unicode_text_dtype.npy": saved(np.array(["a", "b"], "<U1")),
        "native_order_dtype.npy": npy(header_with(descr="'=f8'"), GOOD_DATA),
        "little_endian_u1_dtype.npy": npy(header_with(descr="'<u1'"), bytes(6)),
        # .npy: NumPy's header grammar (an ASCII Python literal whose shape is a tuple)
        "header_fullwidth_digits.npy": npy(header_with(shape="(\uff12, 3)"), GOOD_DATA, version=(3, 0)),
        "header_arabic_digits.npy": npy(header_with(shape="(\u0662, 3)"), GOOD_DATA, version=(3, 0)),
        "header_no_break_space.npy": npy(header_with(shape="(2,\u00a03)"), GOOD_DATA),
        "header_shape_not_a_tuple.npy": npy(header_with(shape="(6)"), GOOD_DATA),
        "header_shape_list.npy": npy(header_with(shape="[2, 3]"), GOOD_DATA),
        "header_control_characters.npy": npy("{'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), "
                                             "'\r\x1b]0;pwned\x07\x1b[2J': 1, }", GOOD_DATA),
        # .npy: shapes and data
        "zero_d.npy": saved(np.float64(3.5)),
        "zero_size.npy": saved(np.zeros((3, 0))),
        "too_many_dims.npy": saved(np.zeros((1, 1, 1, 2, 2))),
        "batch_of_two.npy": saved(np.zeros((2, 1, 2, 2))),
        "too_big.npy": npy(header_with(shape="(64, 512, 1024)")),
        "truncated_data.npy": good[:-5],
        "shape_disagrees_with_data.npy": npy(header_with(shape="(2, 3)"), np.zeros(8).tobytes()),
        # CSV
        "empty.csv": b"",
        "comments_only.csv": b"# nothing here\n\n# still nothing\n",
        "ragged_rows.csv": b"1,2,3\n4,5,6\n7,8\n",
        "word_in_csv.csv": b"1,2,3\n4,abc,6\n",
        "empty_field.csv": b"1,,3\n",
        "slices_of_different_heights.csv": b"1,2\n3,4\n5,6\n\n7,8\n9,10\n",
        "binary_junk.csv": b"\x89PNG\r\n\x1a\n" + junk,
        "nul_byte.csv": b"1,2,3\n4,5\x00,6\n",
        "semicolons.csv": b"1;2;3\n4;5;6\n",
        "zero_width_space.csv": "1,2\u200b,3\n".encode("utf8"),
        "delete_character.csv": b"1,\x7f2,3\n",
        "c1_control.csv": "1,2,\u00853\n".encode("utf8"),
        "line_separator.csv": "1,2\u2028,3\n".encode("utf8"),
        # neither
        "tensor.txt": b"1,2,3\n",
    }


if __name__ == "__main__":
    for name, content in files().items():
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(content)
