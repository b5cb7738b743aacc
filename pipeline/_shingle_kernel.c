/* The word-shingle hashes of `dedup_shingles._hash_batch`, in one pass of C per batch.
 *
 * Built only in the compiled build (COPYDESK_MYPYC=1, see setup.py); without it the numpy
 * code in dedup_shingles runs, and the tests check that both give the same values for the
 * same batch. Everything that defines a value (the tables, the word-position coefficients,
 * the tag of a short text) comes from Python: this file holds only the arithmetic, which is
 * the numpy code's, element by element, modulo 2**64.
 *
 * hash_batch(points, fold, space, word, astral_words, coef, short_tag, texts, joined)
 *   points:  the batch's code points (uint32), texts separated by 0 when `joined`
 *   fold:    None (the points are folded already) or the BMP's folded points (65536 uint32;
 *            0xFFFFFFFF where a point folds into several, for which it returns None: Python
 *            folds that batch itself)
 *   space, word: 65536-byte tables of the BMP (1 where a code point is white space / `\w`)
 *   astral_words: the batch's points beyond the BMP that are `\w` (uint32, sorted); none of
 *            them is white space
 *   coef:    the shingle size's coefficients (uint64)
 * returns (collapsed, ends, grams, offsets) as bytes: the points with white space collapsed
 * (uint32), each text's end in them (int64), the shingle hashes (uint64) and each text's
 * first shingle (int64, texts + 1 of them).
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>

#define BASE 0x100000001B3ULL

static inline uint64_t fmix(uint64_t x) {
    x ^= x >> 33;
    x *= 0xFF51AFD7ED558CCDULL;
    x ^= x >> 33;
    x *= 0xC4CEB9FE1A85EC53ULL;
    return x ^ (x >> 33);
}

typedef struct {
    const uint8_t *space, *word;
    const uint32_t *astral;  /* sorted */
    Py_ssize_t n_astral;
} Classes;

static inline int is_space(const Classes *k, uint32_t p) { return p <= 0xFFFF && k->space[p]; }

static inline int is_word(const Classes *k, uint32_t p) {
    if (p <= 0xFFFF) return k->word[p];
    Py_ssize_t lo = 0, hi = k->n_astral;
    while (lo < hi) {
        Py_ssize_t mid = lo + (hi - lo) / 2;
        if (k->astral[mid] < p) lo = mid + 1;
        else hi = mid;
    }
    return lo < k->n_astral && k->astral[lo] == p;
}

/* A word's hash: its polynomial hash (h) mixed with its length, as the numpy code does. */
static inline uint64_t word_hash(uint64_t h, Py_ssize_t length) {
    return fmix(h ^ (uint64_t)length);
}

#define MANY 0xFFFFFFFFu

static PyObject *hash_batch(PyObject *Py_UNUSED(self), PyObject *args) {
    Py_buffer pb, fb, sb, wb, ab, cb;
    unsigned long long short_tag;
    Py_ssize_t texts;
    int joined;
    if (!PyArg_ParseTuple(args, "y*z*y*y*y*y*Knp", &pb, &fb, &sb, &wb, &ab, &cb, &short_tag,
                          &texts, &joined))
        return NULL;
    PyObject *result = NULL, *collapsed = NULL, *ends = NULL, *grams = NULL, *offsets = NULL;
    uint64_t *words = NULL;
    const Py_ssize_t n = pb.len / 4, size = cb.len / 8;
    const uint32_t *points = pb.buf;
    const Classes classes = {sb.buf, wb.buf, ab.buf, ab.len / 4};
    const uint64_t *coef = cb.buf;
    const uint32_t *fold = fb.buf;
    if ((fold && fb.len != 65536 * 4) || sb.len != 65536 || wb.len != 65536 || size < 1 ||
        texts < 1) {
        PyErr_SetString(PyExc_ValueError, "hash_batch: bad tables, coefficients or text count");
        goto done;
    }
    collapsed = PyBytes_FromStringAndSize(NULL, n * 4);
    ends = PyBytes_FromStringAndSize(NULL, texts * 8);
    offsets = PyBytes_FromStringAndSize(NULL, (texts + 1) * 8);
    /* at most one word per two points plus the separator, and a shingle per word or text */
    grams = PyBytes_FromStringAndSize(NULL, (n / 2 + 1 + texts) * 8);
    words = PyMem_Malloc((n / 2 + 1) * sizeof(uint64_t));
    if (!collapsed || !ends || !offsets || !grams || !words) {
        if (!PyErr_Occurred()) PyErr_NoMemory();
        goto done;
    }
    uint32_t *c = (uint32_t *)PyBytes_AS_STRING(collapsed);
    int64_t *end_of = (int64_t *)PyBytes_AS_STRING(ends);
    int64_t *first = (int64_t *)PyBytes_AS_STRING(offsets);
    uint64_t *g = (uint64_t *)PyBytes_AS_STRING(grams);
    /* One pass per text: fold, collapse white space, hash words; then its shingles. */
    Py_ssize_t i = 0, m = 0, n_grams = 0;
    for (Py_ssize_t text = 0; text < texts; text++) {
        const int last = !joined || text + 1 == texts;  /* else a separator ends the text */
        Py_ssize_t count = 0, length = 0;
        int pending = 0, started = 0, in_word = 0;
        uint64_t h = 0, power = 1;
        for (; i < n; i++) {
            uint32_t x = points[i];
            if (!last && x == 0) break;
            if (fold && x <= 0xFFFF) {
                x = fold[x];
                if (x == MANY) {  /* Python's casefold for this batch */
                    result = Py_NewRef(Py_None);
                    goto done;
                }
            }
            if (is_space(&classes, x)) {  /* one space between two tokens, else none */
                pending = started;
                if (in_word) {
                    words[count++] = word_hash(h, length);
                    in_word = 0;
                }
                continue;
            }
            if (pending) c[m++] = 32;
            pending = 0;
            started = 1;
            c[m++] = x;
            if (is_word(&classes, x)) {
                if (!in_word) {
                    in_word = 1;
                    h = 0, power = 1, length = 0;
                }
                h += ((uint64_t)x + 1) * power;
                power *= BASE;
                length++;
            } else if (in_word) {
                words[count++] = word_hash(h, length);
                in_word = 0;
            }
        }
        if (in_word) words[count++] = word_hash(h, length);
        if (!last && i >= n) {
            PyErr_SetString(PyExc_ValueError, "hash_batch: fewer separators than texts");
            goto done;
        }
        end_of[text] = m;
        if (!last) {  /* the separator stays between the texts' points */
            c[m++] = 0;
            i++;
        }
        first[text] = n_grams;
        if (count >= size) {
            for (Py_ssize_t k = 0; k + size <= count; k++) {
                uint64_t mixed = 0;
                for (Py_ssize_t j = 0; j < size; j++) mixed += words[k + j] * coef[j];
                g[n_grams++] = fmix(mixed);
            }
        } else if (count > 0) {  /* the whole text as one gram, tagged */
            uint64_t mixed = 0;
            for (Py_ssize_t j = 0; j < count; j++) mixed += words[j] * coef[j];
            g[n_grams++] = fmix(mixed ^ (uint64_t)short_tag);
        }
    }
    first[texts] = n_grams;
    if (_PyBytes_Resize(&collapsed, m * 4) < 0 || _PyBytes_Resize(&grams, n_grams * 8) < 0)
        goto done;
    result = PyTuple_Pack(4, collapsed, ends, grams, offsets);
done:
    PyMem_Free(words);
    Py_XDECREF(collapsed);
    Py_XDECREF(ends);
    Py_XDECREF(grams);
    Py_XDECREF(offsets);
    PyBuffer_Release(&pb);
    PyBuffer_Release(&fb);
    PyBuffer_Release(&sb);
    PyBuffer_Release(&wb);
    PyBuffer_Release(&ab);
    PyBuffer_Release(&cb);
    return result;
}

static PyMethodDef methods[] = {
    {"hash_batch", hash_batch, METH_VARARGS,
     "Collapsed points, text ends, shingle hashes and offsets of a batch (see the file)."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_shingle_kernel", NULL, -1, methods, NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit__shingle_kernel(void) { return PyModule_Create(&module); }
