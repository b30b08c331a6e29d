/* The compiled parts of the rule engine: the per-text work that in Python cost a pass per
 * step, a bisect per reported span or a dozen bytecodes per hit.
 *
 * Normalisation with a map back to the original text (``exact``, ``normalize``). The
 * definition lives in rules/normalize.py (its module docstring and ``_JOIN``); this is one
 * pass over code points in three steps:
 *
 * 1. fold: each character becomes zero or more characters (a table set up from Python's
 *    ``fold_char`` for Latin-1; ``fold_char`` itself is called for anything beyond);
 * 2. join: separators between three or more single letters/digits are dropped, exactly as
 *    ``re.finditer(_JOIN, folded)`` finds them;
 * 3. collapse: an ASCII character equal to the one before it is dropped.
 *
 * Each kept character records where it starts in the original and where its last folded,
 * joined or collapsed character ends, so mapping a span back is two array reads.
 *
 * Also: the occurrences of candidate word keys (``find_words``, for ``WordMatcher``), the hit
 * of a plain word rule (``word_hit``, for ``CompiledRuleSet``) and the letter counts of
 * shouting (``ascii_case``).
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <string.h>

#define LATIN_MAX 4 /* longest fold of a Latin-1 character (checked by ``setup``) */

static Py_UCS4 latin_chars[256][LATIN_MAX];
static unsigned char latin_len[256];
static int latin_ready = 0;
static PyObject *fold_char = NULL; /* rules.normalize.fold_char */

/* Make a str readable with PyUnicode_KIND/DATA/GET_LENGTH: on 3.11 a "legacy" str that a C
 * extension made with the deprecated wchar_t API has no canonical data until readied
 * (it read as empty here). Always ready from 3.12 on. */
static inline int
str_ready(PyObject *text)
{
#if PY_VERSION_HEX < 0x030C0000
    return PyUnicode_READY(text);
#else
    (void)text;
    return 0;
#endif
}

/* A growable buffer of folded characters and the original index of each. */
typedef struct {
    Py_UCS4 *chars;
    uint32_t *origin;
    Py_ssize_t size;
    Py_ssize_t capacity;
} Folded;

static int
folded_reserve(Folded *out, Py_ssize_t extra)
{
    if (out->size + extra <= out->capacity) {
        return 0;
    }
    Py_ssize_t capacity = (out->size + extra) * 2;
    Py_UCS4 *chars = PyMem_Realloc(out->chars, (size_t)capacity * sizeof(Py_UCS4));
    if (chars == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    out->chars = chars;
    uint32_t *origin = PyMem_Realloc(out->origin, (size_t)capacity * sizeof(uint32_t));
    if (origin == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    out->origin = origin;
    out->capacity = capacity;
    return 0;
}

/* Append what one character beyond Latin-1 folds to (asks ``fold_char``). */
static int
fold_other(Folded *out, Py_UCS4 ch, uint32_t at)
{
    PyObject *arg = PyUnicode_FromOrdinal((int)ch);
    if (arg == NULL) {
        return -1;
    }
    /* Our own reference for the call: the callable runs Python code, which may call
     * ``setup`` again (or let another thread do so) and drop the global's reference. */
    PyObject *fold = Py_NewRef(fold_char);
    PyObject *result = PyObject_CallOneArg(fold, arg);
    Py_DECREF(fold);
    Py_DECREF(arg);
    if (result == NULL) {
        return -1;
    }
    if (!PyUnicode_Check(result) || str_ready(result) < 0) {
        if (!PyErr_Occurred()) {
            PyErr_SetString(PyExc_TypeError, "fold_char must return str");
        }
        Py_DECREF(result);
        return -1;
    }
    Py_ssize_t size = PyUnicode_GET_LENGTH(result);
    if (folded_reserve(out, size) < 0) {
        Py_DECREF(result);
        return -1;
    }
    int kind = PyUnicode_KIND(result);
    const void *data = PyUnicode_DATA(result);
    for (Py_ssize_t i = 0; i < size; i++) {
        out->chars[out->size] = PyUnicode_READ(kind, data, i);
        out->origin[out->size++] = at;
    }
    Py_DECREF(result);
    return 0;
}

static int
fold_text(PyObject *text, Folded *out)
{
    Py_ssize_t length = PyUnicode_GET_LENGTH(text);
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    if (kind == PyUnicode_1BYTE_KIND) {
        /* Latin-1 text (nearly all of it): room for the longest fold of every character. */
        if (folded_reserve(out, length * LATIN_MAX + 1) < 0) {
            return -1;
        }
        const Py_UCS1 *chars = data;
        Py_UCS4 *to = out->chars;
        uint32_t *origin = out->origin;
        Py_ssize_t size = 0;
        for (Py_ssize_t i = 0; i < length; i++) {
            Py_UCS1 ch = chars[i];
            if (latin_len[ch] == 1) {
                to[size] = latin_chars[ch][0];
                origin[size++] = (uint32_t)i;
                continue;
            }
            for (unsigned char k = 0; k < latin_len[ch]; k++) {
                to[size] = latin_chars[ch][k];
                origin[size++] = (uint32_t)i;
            }
        }
        out->size = size;
        return 0;
    }
    if (folded_reserve(out, length + 8) < 0) {
        return -1;
    }
    for (Py_ssize_t i = 0; i < length; i++) {
        Py_UCS4 ch = PyUnicode_READ(kind, data, i);
        if (ch < 256) {
            unsigned char size = latin_len[ch];
            if (folded_reserve(out, size) < 0) {
                return -1;
            }
            for (unsigned char k = 0; k < size; k++) {
                out->chars[out->size] = latin_chars[ch][k];
                out->origin[out->size++] = (uint32_t)i;
            }
        }
        else if (fold_other(out, ch, (uint32_t)i) < 0) {
            return -1;
        }
    }
    return 0;
}

/* Character classes of ASCII for joining: ``[a-z0-9]``, a separator of SEPARATORS, and
 * ``[^\W_]`` of Python's re for str patterns (str.isalnum); set up by ``setup``. */
enum { SINGLE = 1, SEPARATOR = 2, WORD = 4 };
static unsigned char ascii_class[128];

static inline int
is_single(Py_UCS4 ch)
{
    return ch < 128 && (ascii_class[ch] & SINGLE);
}

static inline int
is_separator(Py_UCS4 ch)
{
    return ch < 128 && (ascii_class[ch] & SEPARATOR);
}

static inline int
is_word(Py_UCS4 ch)
{
    return ch < 128 ? (ascii_class[ch] & WORD) != 0 : Py_UNICODE_ISALNUM(ch);
}

/* Mark the separators ``_JOIN`` drops (``*keep``: 0 for dropped), scanning as ``finditer``
 * does. ``*keep`` is allocated (all 1) at the first run found and stays NULL when there is
 * none, as in most texts. Returns -1 when out of memory. One definition for folded code
 * points and for ASCII bytes. */
#define DEFINE_JOIN_MARKS(NAME, CHAR)                                                      \
    static int NAME(const CHAR *c, Py_ssize_t n, unsigned char **keep)                     \
    {                                                                                      \
        Py_ssize_t i = 0;                                                                  \
        while (i + 4 < n) {                                                                \
            /* Cheapest test first: a letter, a separator, a letter. */                    \
            if (!is_separator(c[i + 1]) || !is_single(c[i]) || !is_single(c[i + 2])        \
                || (i > 0 && is_word(c[i - 1]))) {                                         \
                i++;                                                                       \
                continue;                                                                  \
            }                                                                              \
            Py_ssize_t j = i, count = 1;                                                   \
            while (j + 2 < n && is_separator(c[j + 1]) && is_single(c[j + 2])) {           \
                j += 2;                                                                    \
                count++;                                                                   \
            }                                                                              \
            /* ``(?![^\W_])`` after a greedy run: one step back is before a separator. */ \
            if (j + 1 < n && is_word(c[j + 1])) {                                          \
                j -= 2;                                                                    \
                count--;                                                                   \
            }                                                                              \
            if (count < 3) {                                                               \
                i++;                                                                       \
                continue;                                                                  \
            }                                                                              \
            if (*keep == NULL) {                                                           \
                if ((*keep = PyMem_Malloc((size_t)n)) == NULL) {                           \
                    PyErr_NoMemory();                                                      \
                    return -1;                                                             \
                }                                                                          \
                memset(*keep, 1, (size_t)n);                                               \
            }                                                                              \
            for (Py_ssize_t k = i + 1; k < j; k += 2) {                                    \
                (*keep)[k] = 0;                                                            \
            }                                                                              \
            i = j + 1;                                                                     \
        }                                                                                  \
        return 0;                                                                          \
    }

DEFINE_JOIN_MARKS(join_marks, Py_UCS4)
DEFINE_JOIN_MARKS(join_marks_ascii, Py_UCS1)

typedef struct {
    PyObject_HEAD
    PyObject *text;   /* the normalised text */
    uint32_t *starts; /* per normalised character: its original start */
    uint32_t *ends;   /* per normalised character: the original end of what it stands for */
    Py_ssize_t size;
} NormalizedObject;

static PyTypeObject NormalizedType;

static unsigned char latin_ascii[256]; /* the one ASCII character a Latin-1 one folds to, or 0 */

/* The result of ``normalise``: the text alone, or the object owning ``bounds`` (starts of
 * the ``size`` kept characters, then their ends at ``bounds + n``). */
static PyObject *
normalise_result(PyObject *normal, uint32_t **bounds, Py_ssize_t size, Py_ssize_t n, int maps)
{
    if (normal == NULL || !maps) {
        return normal;
    }
    NormalizedObject *self = PyObject_New(NormalizedObject, &NormalizedType);
    if (self == NULL) {
        Py_DECREF(normal);
        return NULL;
    }
    uint32_t *starts = *bounds;
    if (size < n) { /* ends follow the kept starts directly */
        memmove(starts + size, starts + n, (size_t)size * sizeof(uint32_t));
    }
    self->text = normal;
    self->starts = starts;
    self->ends = starts + size;
    self->size = size;
    *bounds = NULL; /* owned by the object now */
    return (PyObject *)self;
}

/* ``normalise`` for Latin-1 text whose every character folds to one ASCII character (nearly
 * all text): bytes instead of code points, and each folded character's origin is its own
 * index. Sets ``*other`` and returns NULL without an error for any other text. */
static PyObject *
normalise_ascii(PyObject *text, int maps, int *other)
{
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    const Py_UCS1 *data = PyUnicode_1BYTE_DATA(text);
    Py_UCS1 *c = PyMem_Malloc((size_t)n + 1);
    unsigned char *keep = NULL;
    uint32_t *bounds = NULL;
    PyObject *result = NULL;
    *other = 0;
    if (c == NULL) {
        return PyErr_NoMemory();
    }
    unsigned char missing = 0;
    for (Py_ssize_t i = 0; i < n; i++) { /* no branch per character */
        c[i] = latin_ascii[data[i]];
        missing |= (unsigned char)(c[i] == 0);
    }
    if (missing) {
        *other = 1;
        goto done;
    }
    if (join_marks_ascii(c, n, &keep) < 0) {
        goto done;
    }
    if (maps && (bounds = PyMem_Malloc(((size_t)n * 2 + 1) * sizeof(uint32_t))) == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    uint32_t *starts = bounds, *ends = maps ? bounds + n : NULL;
    Py_ssize_t size = 0;
    if (keep == NULL && maps) { /* the usual case, its own loop */
        size = 1;
        starts[0] = 0;
        for (Py_ssize_t i = 1; i < n; i++) {
            if (c[i] == c[size - 1]) {
                continue; /* a repeat: its end is set when the next character is kept */
            }
            ends[size - 1] = (uint32_t)i;
            starts[size] = (uint32_t)i;
            c[size++] = c[i];
        }
        if (n == 0) {
            size = 0;
        }
        else {
            ends[size - 1] = (uint32_t)n;
        }
    }
    else {
        int previous = 256;
        for (Py_ssize_t i = 0; i < n; i++) {
            Py_UCS1 ch = c[i];
            if (keep != NULL && !keep[i]) {
                continue;
            }
            if (ch == previous) {
                if (maps) {
                    ends[size - 1] = (uint32_t)i + 1;
                }
                continue;
            }
            previous = ch;
            if (maps) {
                starts[size] = (uint32_t)i;
                ends[size] = (uint32_t)i + 1;
            }
            c[size++] = ch;
        }
    }
    PyObject *normal = PyUnicode_New(size, 127);
    if (normal != NULL) {
        memcpy(PyUnicode_1BYTE_DATA(normal), c, (size_t)size);
    }
    result = normalise_result(normal, &bounds, size, n, maps);
done:
    PyMem_Free(c);
    PyMem_Free(keep);
    PyMem_Free(bounds);
    return result;
}

/* Fold, join and collapse ``text``; with ``maps`` also fill the per-character bounds. */
static PyObject *
normalise(PyObject *text, int maps)
{
    if (!latin_ready) {
        PyErr_SetString(PyExc_RuntimeError, "rules._native.setup was not called");
        return NULL;
    }
    if (str_ready(text) < 0) {
        return NULL;
    }
    if (PyUnicode_GET_LENGTH(text) >= (Py_ssize_t)UINT32_MAX) {
        PyErr_SetString(PyExc_OverflowError, "text too long");
        return NULL;
    }
    if (PyUnicode_KIND(text) == PyUnicode_1BYTE_KIND) {
        int other;
        PyObject *result = normalise_ascii(text, maps, &other);
        if (!other) {
            return result;
        }
    }
    Folded f = {NULL, NULL, 0, 0};
    unsigned char *keep = NULL;
    uint32_t *bounds = NULL;
    PyObject *result = NULL;
    if (fold_text(text, &f) < 0 || join_marks(f.chars, f.size, &keep) < 0) {
        goto done;
    }
    Py_ssize_t n = f.size;
    /* starts (n) then ends (n) in one block; the object owns it. */
    if (maps && (bounds = PyMem_Malloc(((size_t)n * 2 + 1) * sizeof(uint32_t))) == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    uint32_t *starts = bounds, *ends = maps ? bounds + n : NULL;
    /* Collapse (and drop what joining dropped) in place: the write index never passes the
     * read index. */
    Py_UCS4 *c = f.chars;
    const uint32_t *origin = f.origin;
    Py_ssize_t size = 0;
    Py_UCS4 previous = 0x110000, maxchar = 0; /* no character equals the first "previous" */
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 ch = c[i];
        if (keep != NULL && !keep[i]) {
            continue;
        }
        if (ch == previous && ch < 128) {
            if (maps) {
                ends[size - 1] = origin[i] + 1; /* a collapsed repeat: the run is its */
            }
            continue;
        }
        previous = ch;
        if (maps) {
            starts[size] = origin[i];
            ends[size] = origin[i] + 1;
        }
        maxchar |= ch;
        c[size++] = ch;
    }
    PyObject *normal;
    if (maxchar < 128) { /* the usual case: no scan for the widest character */
        normal = PyUnicode_New(size, 127);
        if (normal != NULL) {
            Py_UCS1 *to = PyUnicode_1BYTE_DATA(normal);
            for (Py_ssize_t i = 0; i < size; i++) {
                to[i] = (Py_UCS1)c[i];
            }
        }
    }
    else {
        normal = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, c, size);
    }
    result = normalise_result(normal, &bounds, size, n, maps);
done:
    PyMem_Free(f.chars);
    PyMem_Free(f.origin);
    PyMem_Free(keep);
    PyMem_Free(bounds);
    return result;
}

static void
normalized_dealloc(NormalizedObject *self)
{
    Py_XDECREF(self->text);
    PyMem_Free(self->starts); /* one block with ends */
    PyObject_Free(self);
}

static PyObject *
span_of(NormalizedObject *self, Py_ssize_t start, Py_ssize_t end)
{
    if (start < 0 || end <= start || end > self->size) {
        PyErr_Format(PyExc_IndexError, "span (%zd, %zd) not inside the normalised text",
                     start, end);
        return NULL;
    }
    return Py_BuildValue("(kk)", (unsigned long)self->starts[start],
                         (unsigned long)self->ends[end - 1]);
}

static PyObject *
normalized_original_span(NormalizedObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 2) {
        PyErr_SetString(PyExc_TypeError, "original_span(start, end)");
        return NULL;
    }
    Py_ssize_t start = PyLong_AsSsize_t(args[0]);
    Py_ssize_t end = PyLong_AsSsize_t(args[1]);
    if ((start == -1 || end == -1) && PyErr_Occurred()) {
        return NULL;
    }
    return span_of(self, start, end);
}

static PyObject *
normalized_original_spans(NormalizedObject *self, PyObject *spans)
{
    PyObject *seq = PySequence_Fast(spans, "original_spans takes a sequence of (start, end)");
    if (seq == NULL) {
        return NULL;
    }
    Py_ssize_t count = PySequence_Fast_GET_SIZE(seq);
    PyObject *result = PyList_New(count);
    for (Py_ssize_t i = 0; result != NULL && i < count; i++) {
        Py_ssize_t start, end;
        /* ``seq`` is the caller's list itself when given one, and converting a bound may run
         * Python code (``__index__``) that changes it: its size is checked again per item
         * and the item is ours while it is read. */
        if (i >= PySequence_Fast_GET_SIZE(seq)) {
            PyErr_SetString(PyExc_RuntimeError, "original_spans: the spans changed size");
            Py_CLEAR(result);
            break;
        }
        PyObject *pair = PySequence_Fast_GET_ITEM(seq, i);
        if (!PyTuple_Check(pair)) {
            PyErr_SetString(PyExc_TypeError, "original_spans takes a sequence of (start, end)");
            Py_CLEAR(result);
            break;
        }
        Py_INCREF(pair);
        int parsed = PyArg_ParseTuple(pair, "nn", &start, &end);
        Py_DECREF(pair);
        if (!parsed) {
            Py_CLEAR(result);
            break;
        }
        PyObject *span = span_of(self, start, end);
        if (span == NULL) {
            Py_CLEAR(result);
            break;
        }
        PyList_SET_ITEM(result, i, span);
    }
    Py_DECREF(seq);
    return result;
}

static PyMethodDef normalized_methods[] = {
    {"original_span", (PyCFunction)(void (*)(void))normalized_original_span, METH_FASTCALL,
     "Map a non-empty span of the normalised text to a span of the original."},
    {"original_spans", (PyCFunction)normalized_original_spans, METH_O,
     "Map many spans at once."},
    {NULL, NULL, 0, NULL},
};

static PyObject *
normalized_text(NormalizedObject *self, void *closure)
{
    (void)closure;
    return Py_NewRef(self->text);
}

static PyGetSetDef normalized_getset[] = {
    {"text", (getter)normalized_text, NULL, "The normalised text.", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PyTypeObject NormalizedType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "rules._native.Normalized",
    .tp_doc = "Normalised text and the way back to the original.",
    .tp_basicsize = sizeof(NormalizedObject),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_dealloc = (destructor)normalized_dealloc,
    .tp_methods = normalized_methods,
    .tp_getset = normalized_getset,
};

static PyObject *
cn_setup(PyObject *module, PyObject *args)
{
    (void)module;
    PyObject *table, *fold;
    const char *separators;
    if (!PyArg_ParseTuple(args, "OOs", &table, &fold, &separators)) {
        return NULL;
    }
    if (!PyCallable_Check(fold)) {
        PyErr_SetString(PyExc_TypeError, "setup: fold_char must be callable");
        return NULL;
    }
    PyObject *seq = PySequence_Fast(table, "setup(table, fold_char, separators): 256 str");
    if (seq == NULL) {
        return NULL;
    }
    if (PySequence_Fast_GET_SIZE(seq) != 256) {
        Py_DECREF(seq);
        PyErr_SetString(PyExc_ValueError, "setup: the table needs 256 entries");
        return NULL;
    }
    for (int code = 0; code < 256; code++) {
        PyObject *entry = PySequence_Fast_GET_ITEM(seq, code);
        if (PyUnicode_Check(entry) && str_ready(entry) < 0) {
            Py_DECREF(seq);
            return NULL;
        }
        if (!PyUnicode_Check(entry) || PyUnicode_GET_LENGTH(entry) > LATIN_MAX) {
            Py_DECREF(seq);
            PyErr_Format(PyExc_ValueError, "setup: entry %d is not a str of at most %d", code,
                         LATIN_MAX);
            return NULL;
        }
        latin_len[code] = (unsigned char)PyUnicode_GET_LENGTH(entry);
        Py_UCS4 only = latin_len[code] == 1 ? PyUnicode_READ_CHAR(entry, 0) : 0;
        latin_ascii[code] = (unsigned char)(only < 128 ? only : 0);
        for (Py_ssize_t k = 0; k < PyUnicode_GET_LENGTH(entry); k++) {
            latin_chars[code][k] = PyUnicode_READ_CHAR(entry, k);
        }
    }
    Py_DECREF(seq);
    Py_XSETREF(fold_char, Py_NewRef(fold));
    for (int code = 0; code < 128; code++) {
        int single = (code >= 'a' && code <= 'z') || (code >= '0' && code <= '9');
        int separator = code != 0 && strchr(separators, code) != NULL;
        ascii_class[code] = (unsigned char)((single ? SINGLE : 0) | (separator ? SEPARATOR : 0)
                                            | (Py_UNICODE_ISALNUM((Py_UCS4)code) ? WORD : 0));
    }
    latin_ready = 1;
    Py_RETURN_NONE;
}

static PyObject *
cn_exact(PyObject *module, PyObject *text)
{
    (void)module;
    if (!PyUnicode_Check(text)) {
        PyErr_SetString(PyExc_TypeError, "exact(text): text must be str");
        return NULL;
    }
    return normalise(text, 1);
}

static PyObject *
cn_normalize(PyObject *module, PyObject *text)
{
    (void)module;
    if (!PyUnicode_Check(text)) {
        PyErr_SetString(PyExc_TypeError, "normalize(text): text must be str");
        return NULL;
    }
    return normalise(text, 0);
}

/* Append ``(start, end, term)`` to ``found[slot]`` for each ``(slot, term)`` of a plan. */
static int
add_simple(PyObject *found, PyObject *plan, Py_ssize_t start, Py_ssize_t end)
{
    Py_ssize_t count = PyTuple_GET_SIZE(plan);
    PyObject *bounds[2] = {PyLong_FromSsize_t(start), PyLong_FromSsize_t(end)};
    int status = bounds[0] != NULL && bounds[1] != NULL ? 0 : -1;
    for (Py_ssize_t k = 0; status == 0 && k < count; k++) {
        PyObject *pair = PyTuple_GET_ITEM(plan, k); /* the plan (a tuple) is the caller's */
        if (!PyTuple_Check(pair) || PyTuple_GET_SIZE(pair) != 2) {
            PyErr_SetString(PyExc_TypeError, "find_words: a plan is a tuple of (slot, term)");
            status = -1;
            break;
        }
        PyObject *slot = PyTuple_GET_ITEM(pair, 0);
        /* Our own reference to the list: hashing the slot and allocating (a collection,
         * finalizers) may run Python code that changes ``found``. */
        PyObject *hits = PyDict_GetItemWithError(found, slot);
        if (hits == NULL) {
            if (PyErr_Occurred() || (hits = PyList_New(0)) == NULL) {
                status = -1;
                break;
            }
            if (PyDict_SetItem(found, slot, hits) < 0) {
                Py_DECREF(hits);
                status = -1;
                break;
            }
        }
        else if (!PyList_Check(hits)) {
            PyErr_SetString(PyExc_TypeError, "find_words: found maps slots to lists");
            status = -1;
            break;
        }
        else {
            Py_INCREF(hits);
        }
        PyObject *hit = PyTuple_Pack(3, bounds[0], bounds[1], PyTuple_GET_ITEM(pair, 1));
        status = hit == NULL ? -1 : PyList_Append(hits, hit);
        Py_XDECREF(hit);
        Py_DECREF(hits);
    }
    Py_XDECREF(bounds[0]);
    Py_XDECREF(bounds[1]);
    return status;
}

/* find_words(text, candidates, keys, simple, flags, found, many) -> [(index, start, many)]
 *
 * For each candidate key index: every occurrence in ``text``; a whole-word one (no letter or
 * digit on either side) adds the key's plain entries to ``found``; for a key with other
 * entries (``flags`` bit 1) the occurrence is returned for Python to check, up to ``many``
 * of them for a key of letters and digits (bit 2), after which one entry with ``many`` = 1
 * says "the rest from here on with a regex" (``WordMatcher._many``).
 */
static PyObject *
cn_find_words(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    (void)module;
    if (nargs != 7 || !PyUnicode_Check(args[0]) || !PyList_Check(args[2])
        || !PyList_Check(args[3]) || !PyBytes_Check(args[4]) || !PyDict_Check(args[5])) {
        PyErr_SetString(PyExc_TypeError,
                        "find_words(text, candidates, keys, simple, flags, found, many)");
        return NULL;
    }
    PyObject *text = args[0], *keys = args[2], *simple = args[3], *found = args[5];
    const char *flags = PyBytes_AS_STRING(args[4]);
    Py_ssize_t nkeys = PyList_GET_SIZE(keys);
    if (str_ready(text) < 0) {
        return NULL;
    }
    if (PyList_GET_SIZE(simple) != nkeys || PyBytes_GET_SIZE(args[4]) != nkeys) {
        PyErr_SetString(PyExc_ValueError, "find_words: keys, simple and flags differ in size");
        return NULL;
    }
    Py_ssize_t many = PyLong_AsSsize_t(args[6]);
    if (many == -1 && PyErr_Occurred()) {
        return NULL;
    }
    PyObject *candidates = PySequence_Fast(args[1], "find_words: candidates must be iterable");
    if (candidates == NULL) {
        return NULL;
    }
    PyObject *pending = PyList_New(0);
    Py_ssize_t size = PyUnicode_GET_LENGTH(text);
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    /* ``add_simple`` may run Python code (hashing a slot, finalizers of a collection), which
     * could change the lists: their sizes are read again per candidate and the key and plan
     * are ours while used. */
    for (Py_ssize_t c = 0; pending != NULL && c < PySequence_Fast_GET_SIZE(candidates); c++) {
        Py_ssize_t index = PyLong_AsSsize_t(PySequence_Fast_GET_ITEM(candidates, c));
        if (index < 0 || index >= nkeys || index >= PyList_GET_SIZE(keys)
            || index >= PyList_GET_SIZE(simple)) {
            if (!PyErr_Occurred()) {
                PyErr_SetString(PyExc_IndexError, "find_words: candidate out of range");
            }
            Py_CLEAR(pending);
            break;
        }
        PyObject *key = PyList_GET_ITEM(keys, index);
        PyObject *plan = PyList_GET_ITEM(simple, index);
        if (!PyUnicode_Check(key) || !PyTuple_Check(plan) || str_ready(key) < 0) {
            if (!PyErr_Occurred()) {
                PyErr_SetString(PyExc_TypeError, "find_words: keys are str, plans tuples");
            }
            Py_CLEAR(pending);
            break;
        }
        Py_INCREF(key);
        Py_INCREF(plan);
        Py_ssize_t length = PyUnicode_GET_LENGTH(key);
        int other = flags[index] & 1, alnum = flags[index] & 2;
        int has_simple = PyTuple_GET_SIZE(plan) > 0;
        Py_ssize_t seen = 0;
        Py_ssize_t start = length ? PyUnicode_Find(text, key, 0, size, 1) : -1;
        while (start >= 0) {
            Py_ssize_t end = start + length;
            seen++;
            if (has_simple
                && !(start > 0 && is_word(PyUnicode_READ(kind, data, start - 1)))
                && !(end < size && is_word(PyUnicode_READ(kind, data, end)))
                && add_simple(found, plan, start, end) < 0) {
                Py_CLEAR(pending);
                break;
            }
            if (other) {
                int rest = alnum && seen > many;
                PyObject *entry = Py_BuildValue("(nni)", index, start, rest);
                if (entry == NULL || PyList_Append(pending, entry) < 0) {
                    Py_XDECREF(entry);
                    Py_CLEAR(pending);
                    break;
                }
                Py_DECREF(entry);
                if (rest) {
                    other = 0; /* the rest of this key's other entries: one regex pass */
                    if (!has_simple) {
                        break;
                    }
                }
            }
            start = PyUnicode_Find(text, key, start + 1, size, 1);
        }
        if (start == -2) {
            Py_CLEAR(pending);
        }
        Py_DECREF(key);
        Py_DECREF(plan);
    }
    Py_DECREF(candidates);
    return pending;
}

/* word_hit(normalized, found, evidence, proto, hit_type, terms, text) -> hit
 *
 * The hit of a plain word rule with one word found (``found`` = (start, end, term) in the
 * normalised text): the span mapped back, the term recorded at it in ``evidence`` (span ->
 * list of term ids, shared by the rules of one evaluation), and a ``hit_type`` instance
 * whose dict is a copy of ``proto`` with ``spans`` and the recipe of its evidence
 * (``_lazy``), as ``CompiledRuleSet._hit`` makes it for one span.
 */
static PyObject *
cn_word_hit(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    (void)module;
    if (nargs != 7 || !PyObject_TypeCheck(args[0], &NormalizedType) || !PyTuple_Check(args[1])
        || PyTuple_GET_SIZE(args[1]) != 3 || !PyDict_Check(args[2]) || !PyDict_Check(args[3])
        || !PyType_Check(args[4])) {
        PyErr_SetString(PyExc_TypeError,
                        "word_hit(normalized, found, evidence, proto, hit_type, terms, text)");
        return NULL;
    }
    NormalizedObject *normal = (NormalizedObject *)args[0];
    PyObject *found = args[1], *evidence = args[2], *proto = args[3];
    PyTypeObject *hit_type = (PyTypeObject *)args[4];
    /* ``object.__new__`` below: only for a class it makes (the C type of a dict or a list
     * would come out zeroed, without its own ``__new__``), one whose instances have a dict. */
    if (hit_type->tp_new != PyBaseObject_Type.tp_new || hit_type->tp_dictoffset == 0) {
        PyErr_Format(PyExc_TypeError,
                     "word_hit: hit_type must be a class made by object.__new__ with an "
                     "instance __dict__, not %.200s", hit_type->tp_name);
        return NULL;
    }
    Py_ssize_t start = PyLong_AsSsize_t(PyTuple_GET_ITEM(found, 0));
    Py_ssize_t end = PyLong_AsSsize_t(PyTuple_GET_ITEM(found, 1));
    PyObject *term = PyTuple_GET_ITEM(found, 2);
    if ((start == -1 || end == -1) && PyErr_Occurred()) {
        return NULL;
    }
    PyObject *span = span_of(normal, start, end);
    if (span == NULL) {
        return NULL;
    }
    PyObject *fields = NULL, *hit = NULL;
    /* The list of the span's terms is ours until the hit holds it: comparing terms and
     * allocating (a collection, finalizers) may run Python code that changes ``evidence``. */
    PyObject *terms = PyDict_GetItemWithError(evidence, span);
    if (terms == NULL) {
        if (PyErr_Occurred() || (terms = PyList_New(1)) == NULL) {
            goto done;
        }
        PyList_SET_ITEM(terms, 0, Py_NewRef(term));
        if (PyDict_SetItem(evidence, span, terms) < 0) {
            goto done;
        }
    }
    else if (!PyList_Check(terms)) {
        PyErr_SetString(PyExc_TypeError, "word_hit: evidence maps spans to lists");
        terms = NULL;
        goto done;
    }
    else {
        Py_INCREF(terms);
        int seen = PySequence_Contains(terms, term);
        if (seen < 0 || (!seen && PyList_Append(terms, term) < 0)) {
            goto done;
        }
    }
    fields = PyDict_Copy(proto);
    if (fields == NULL) {
        goto done;
    }
    PyObject *spans = PyTuple_Pack(1, span);
    PyObject *count = PyLong_FromSsize_t(PyList_GET_SIZE(terms));
    PyObject *entry = count == NULL ? NULL : PyTuple_Pack(3, span, terms, count);
    PyObject *entries = entry == NULL ? NULL : PyTuple_Pack(1, entry);
    PyObject *lazy = entries == NULL ? NULL : PyTuple_Pack(3, args[5], args[6], entries);
    int status = spans == NULL || lazy == NULL ? -1 : 0;
    if (status == 0) {
        status = PyDict_SetItemString(fields, "spans", spans);
    }
    if (status == 0) {
        status = PyDict_SetItemString(fields, "_lazy", lazy);
    }
    Py_XDECREF(spans);
    Py_XDECREF(count);
    Py_XDECREF(entry);
    Py_XDECREF(entries);
    Py_XDECREF(lazy);
    if (status < 0) {
        goto done;
    }
    /* As ``object.__new__(hit_type)`` makes it (its instance dict set up as for any
     * instance), then the dict replaced, as ``CompiledRuleSet._hit`` does. */
    PyObject *no_args = PyTuple_New(0);
    hit = no_args == NULL ? NULL : PyBaseObject_Type.tp_new(hit_type, no_args, NULL);
    Py_XDECREF(no_args);
    if (hit != NULL && PyObject_GenericSetDict(hit, fields, NULL) < 0) {
        Py_CLEAR(hit);
    }
done:
    Py_DECREF(span);
    Py_XDECREF(terms);
    Py_XDECREF(fields);
    return hit;
}

/* A screen of many keys: which of them occur in a text (Aho-Corasick over UTF-8 bytes).
 *
 * Built once per word matcher from its keys: a trie completed into a DFA over byte classes
 * (each byte that occurs in a key is a class, every other byte one more), with the key that
 * ends at each state and, per state, the next state on its suffix chain that ends a key. A
 * text is walked once; each key found is reported once, in the order found (a bitmap of its
 * own per walk: a compiled rule set is shared between threads).
 */
#define SCREEN_MAX_CELLS (16 << 20) /* transitions (int32): 64 MB at most */

typedef struct {
    PyObject_HEAD
    int32_t *delta;    /* nstates × nclasses */
    int32_t *out_key;  /* per state: the key ending exactly here, or -1 */
    int32_t *out_next; /* per state: the next state on the suffix chain that ends a key */
    unsigned char cls[256];
    int nclasses;
    Py_ssize_t nstates, nkeys;
} ScreenObject;

static void
screen_dealloc(ScreenObject *self)
{
    PyMem_Free(self->delta);
    PyMem_Free(self->out_key);
    PyMem_Free(self->out_next);
    PyObject_Free(self);
}

/* The UTF-8 bytes of one code point, lone surrogates as "surrogatepass" writes them. */
static inline int
utf8_bytes(Py_UCS4 ch, unsigned char *out)
{
    if (ch < 0x80) {
        out[0] = (unsigned char)ch;
        return 1;
    }
    if (ch < 0x800) {
        out[0] = (unsigned char)(0xC0 | (ch >> 6));
        out[1] = (unsigned char)(0x80 | (ch & 0x3F));
        return 2;
    }
    if (ch < 0x10000) {
        out[0] = (unsigned char)(0xE0 | (ch >> 12));
        out[1] = (unsigned char)(0x80 | ((ch >> 6) & 0x3F));
        out[2] = (unsigned char)(0x80 | (ch & 0x3F));
        return 3;
    }
    out[0] = (unsigned char)(0xF0 | (ch >> 18));
    out[1] = (unsigned char)(0x80 | ((ch >> 12) & 0x3F));
    out[2] = (unsigned char)(0x80 | ((ch >> 6) & 0x3F));
    out[3] = (unsigned char)(0x80 | (ch & 0x3F));
    return 4;
}

static PyTypeObject ScreenType;

/* Screen(keys): raises MemoryError when the DFA would exceed SCREEN_MAX_CELLS. */
static PyObject *
screen_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    (void)type;
    PyObject *keys;
    static char *names[] = {"keys", NULL};
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "O!", names, &PyList_Type, &keys)) {
        return NULL;
    }
    Py_ssize_t nkeys = PyList_GET_SIZE(keys), total = 0;
    if (nkeys > INT32_MAX) { /* key indexes are int32 in the automaton */
        PyErr_SetString(PyExc_MemoryError, "Screen: too many keys for one automaton");
        return NULL;
    }
    ScreenObject *self = PyObject_New(ScreenObject, &ScreenType);
    if (self == NULL) {
        return NULL;
    }
    self->delta = self->out_key = self->out_next = NULL;
    self->nkeys = nkeys;
    memset(self->cls, 0, sizeof(self->cls));
    /* Each key's UTF-8 bytes, as Python's "surrogatepass" writes them. */
    PyObject *encoded = PyList_New(nkeys);
    if (encoded == NULL) {
        goto fail;
    }
    for (Py_ssize_t k = 0; k < nkeys; k++) {
        PyObject *key = PyList_GET_ITEM(keys, k);
        if (!PyUnicode_Check(key)) {
            PyErr_SetString(PyExc_TypeError, "Screen(keys): keys are str");
            goto fail;
        }
        PyObject *bytes = PyUnicode_AsEncodedString(key, "utf-8", "surrogatepass");
        if (bytes == NULL) {
            goto fail;
        }
        PyList_SET_ITEM(encoded, k, bytes);
        total += PyBytes_GET_SIZE(bytes);
        const unsigned char *b = (const unsigned char *)PyBytes_AS_STRING(bytes);
        for (Py_ssize_t i = 0; i < PyBytes_GET_SIZE(bytes); i++) {
            self->cls[b[i]] = 1;
        }
    }
    int nclasses = 1; /* class 0: a byte in no key */
    for (int b = 0; b < 256; b++) {
        if (self->cls[b]) {
            self->cls[b] = (unsigned char)nclasses++;
        }
    }
    self->nclasses = nclasses;
    Py_ssize_t cap = total + 1;
    if (cap > SCREEN_MAX_CELLS / nclasses) {
        PyErr_SetString(PyExc_MemoryError, "Screen: too many keys for one automaton");
        goto fail;
    }
    self->delta = PyMem_Malloc((size_t)cap * (size_t)nclasses * sizeof(int32_t));
    self->out_key = PyMem_Malloc((size_t)cap * sizeof(int32_t));
    self->out_next = PyMem_Malloc((size_t)cap * sizeof(int32_t));
    int32_t *fail = PyMem_Malloc((size_t)cap * sizeof(int32_t));
    int32_t *queue = PyMem_Malloc((size_t)cap * sizeof(int32_t));
    if (!self->delta || !self->out_key || !self->out_next || !fail || !queue) {
        PyMem_Free(fail);
        PyMem_Free(queue);
        PyErr_NoMemory();
        goto fail;
    }
    for (Py_ssize_t i = 0; i < cap * nclasses; i++) {
        self->delta[i] = -1;
    }
    for (Py_ssize_t i = 0; i < cap; i++) {
        self->out_key[i] = self->out_next[i] = -1;
    }
    /* The trie. */
    Py_ssize_t nstates = 1;
    for (Py_ssize_t k = 0; k < nkeys; k++) {
        PyObject *bytes = PyList_GET_ITEM(encoded, k);
        const unsigned char *b = (const unsigned char *)PyBytes_AS_STRING(bytes);
        int32_t state = 0;
        for (Py_ssize_t i = 0; i < PyBytes_GET_SIZE(bytes); i++) {
            int32_t *next = &self->delta[(Py_ssize_t)state * nclasses + self->cls[b[i]]];
            if (*next < 0) {
                *next = (int32_t)nstates++;
            }
            state = *next;
        }
        if (state > 0 && self->out_key[state] < 0) {
            self->out_key[state] = (int32_t)k;
        }
    }
    /* Failure links breadth first, completing the DFA and the output chains. */
    Py_ssize_t head = 0, tail = 0;
    fail[0] = 0;
    for (int c = 0; c < nclasses; c++) {
        int32_t t = self->delta[c];
        if (t < 0) {
            self->delta[c] = 0;
        }
        else {
            fail[t] = 0;
            queue[tail++] = t;
        }
    }
    while (head < tail) {
        int32_t s = queue[head++];
        int32_t f = fail[s];
        self->out_next[s] = self->out_key[f] >= 0 ? f : self->out_next[f];
        for (int c = 0; c < nclasses; c++) {
            int32_t *t = &self->delta[(Py_ssize_t)s * nclasses + c];
            int32_t via = self->delta[(Py_ssize_t)f * nclasses + c];
            if (*t < 0) {
                *t = via;
            }
            else {
                fail[*t] = via;
                queue[tail++] = *t;
            }
        }
    }
    PyMem_Free(fail);
    PyMem_Free(queue);
    self->nstates = nstates;
    Py_DECREF(encoded);
    return (PyObject *)self;
fail:
    Py_XDECREF(encoded);
    Py_DECREF(self);
    return NULL;
}

/* Report the keys ending at ``state`` (itself and its suffix chain) not yet reported. */
static inline int
screen_report(const ScreenObject *self, int32_t state, unsigned char *seen, PyObject *found)
{
    int32_t s = self->out_key[state] >= 0 ? state : self->out_next[state];
    for (; s >= 0; s = self->out_next[s]) {
        int32_t key = self->out_key[s];
        unsigned char bit = (unsigned char)(1u << (key & 7));
        if (seen[key >> 3] & bit) {
            continue;
        }
        seen[key >> 3] |= bit;
        PyObject *index = PyLong_FromLong(key);
        if (index == NULL || PyList_Append(found, index) < 0) {
            Py_XDECREF(index);
            return -1;
        }
        Py_DECREF(index);
    }
    return 0;
}

static PyObject *
screen_find(ScreenObject *self, PyObject *text)
{
    if (!PyUnicode_Check(text)) {
        PyErr_SetString(PyExc_TypeError, "Screen.find(text): text must be str");
        return NULL;
    }
    if (str_ready(text) < 0) {
        return NULL;
    }
    PyObject *found = PyList_New(0);
    unsigned char *seen = PyMem_Calloc((size_t)(self->nkeys >> 3) + 1, 1);
    if (found == NULL || seen == NULL) {
        Py_XDECREF(found);
        PyMem_Free(seen);
        return PyErr_NoMemory();
    }
    const int32_t *delta = self->delta;
    const int32_t *out_key = self->out_key, *out_next = self->out_next;
    const unsigned char *cls = self->cls;
    int nclasses = self->nclasses;
    int32_t state = 0;
    Py_ssize_t size = PyUnicode_GET_LENGTH(text);
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    for (Py_ssize_t i = 0; i < size; i++) {
        Py_UCS4 ch = PyUnicode_READ(kind, data, i);
        unsigned char bytes[4];
        int count = utf8_bytes(ch, bytes);
        for (int k = 0; k < count; k++) {
            state = delta[(Py_ssize_t)state * nclasses + cls[bytes[k]]];
            if ((out_key[state] >= 0 || out_next[state] >= 0)
                && screen_report(self, state, seen, found) < 0) {
                Py_CLEAR(found);
                goto done;
            }
        }
    }
done:
    PyMem_Free(seen);
    return found;
}

static PyMethodDef screen_methods[] = {
    {"find", (PyCFunction)screen_find, METH_O,
     "find(text) -> list of the indexes of the keys that occur in text (each once)."},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject ScreenType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "rules._native.Screen",
    .tp_doc = "Screen(keys): which of many keys occur in a text, in one pass.",
    .tp_basicsize = sizeof(ScreenObject),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_new = screen_new,
    .tp_dealloc = (destructor)screen_dealloc,
    .tp_methods = screen_methods,
};

/* ascii_case(data) -> (upper, letters): ASCII capitals and ASCII letters in ``data``. */
static PyObject *
cn_ascii_case(PyObject *module, PyObject *data)
{
    (void)module;
    if (!PyBytes_Check(data)) {
        PyErr_SetString(PyExc_TypeError, "ascii_case(data): data must be bytes");
        return NULL;
    }
    const unsigned char *bytes = (const unsigned char *)PyBytes_AS_STRING(data);
    Py_ssize_t size = PyBytes_GET_SIZE(data), upper = 0, lower = 0;
    for (Py_ssize_t i = 0; i < size; i++) {
        upper += (unsigned char)(bytes[i] - 'A') < 26;
        lower += (unsigned char)(bytes[i] - 'a') < 26;
    }
    return Py_BuildValue("(nn)", upper, upper + lower);
}

static PyMethodDef module_methods[] = {
    {"setup", cn_setup, METH_VARARGS,
     "setup(table, fold_char, separators): the folds of the 256 Latin-1 characters, the "
     "function for the rest, and the separators joining drops."},
    {"exact", cn_exact, METH_O, "exact(text) -> Normalized: the text and its map."},
    {"normalize", cn_normalize, METH_O, "normalize(text) -> str: the text only."},
    {"word_hit", (PyCFunction)(void (*)(void))cn_word_hit, METH_FASTCALL,
     "word_hit(normalized, found, evidence, proto, hit_type, terms, text): see the source."},
    {"ascii_case", cn_ascii_case, METH_O, "ascii_case(data) -> (upper, letters)."},
    {"find_words", (PyCFunction)(void (*)(void))cn_find_words, METH_FASTCALL,
     "find_words(text, candidates, keys, simple, flags, found, many): see the source."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module_def = {
    PyModuleDef_HEAD_INIT,
    .m_name = "rules._native",
    .m_doc = "Normalisation with a map back to the original (see rules/normalize.py).",
    .m_size = -1,
    .m_methods = module_methods,
};

PyMODINIT_FUNC
PyInit__native(void)
{
    if (PyType_Ready(&NormalizedType) < 0 || PyType_Ready(&ScreenType) < 0) {
        return NULL;
    }
    PyObject *module = PyModule_Create(&module_def);
    if (module == NULL) {
        return NULL;
    }
    if (PyModule_AddObjectRef(module, "Normalized", (PyObject *)&NormalizedType) < 0
        || PyModule_AddObjectRef(module, "Screen", (PyObject *)&ScreenType) < 0) {
        Py_DECREF(module);
        return NULL;
    }
    return module;
}
