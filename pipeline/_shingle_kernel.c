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
#include <string.h>

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

/* White space collapsed as `" ".join(text.split())` does, per text when `joined`: a run of
 * white space becomes one space between two other characters of the same text, else goes.
 * `out` may be `p`: a point is written at or before where it was read, and p[i - 1] is read
 * only when nothing before it has moved yet or it has not been overwritten. */
static Py_ssize_t collapse(const uint32_t *p, Py_ssize_t n, const Classes *k, int joined,
                           uint32_t *out) {
    Py_ssize_t kept = 0, i = 0;
    while (i < n) {
        if (!is_space(k, p[i])) {
            out[kept++] = p[i++];
            continue;
        }
        Py_ssize_t j = i;
        while (j < n && is_space(k, p[j])) j++;
        int before = i > 0 && (!joined || p[i - 1] != 0);
        int after = j < n && (!joined || p[j] != 0);
        if (before && after) out[kept++] = 32;
        i = j;
    }
    return kept;
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
    if (fold) {
        for (Py_ssize_t i = 0; i < n; i++) {
            const uint32_t x = points[i] <= 0xFFFF ? fold[points[i]] : points[i];
            if (x == MANY) {  /* Python's casefold for this batch */
                result = Py_NewRef(Py_None);
                goto done;
            }
            c[i] = x;
        }
    } else {
        memcpy(c, points, n * 4);
    }
    const Py_ssize_t m = collapse(c, n, &classes, joined, c);  /* in place: it only shrinks */
    Py_ssize_t text = 0, at = 0, n_grams = 0;
    while (text < texts) {
        Py_ssize_t stop = at;  /* this text's end: the next separator, or the batch's end */
        if (joined && text + 1 < texts) {
            while (stop < m && c[stop] != 0) stop++;
        } else {
            stop = m;
        }
        if (stop > m || (joined && text + 1 < texts && stop == m)) {
            PyErr_SetString(PyExc_ValueError, "hash_batch: fewer texts than separators say");
            goto done;
        }
        Py_ssize_t count = 0;  /* the text's words: runs of `\w` points, hashed */
        for (Py_ssize_t k = at; k < stop;) {
            if (!is_word(&classes, c[k])) {
                k++;
                continue;
            }
            uint64_t h = 0, power = 1;
            Py_ssize_t s = k;
            for (; k < stop && is_word(&classes, c[k]); k++) {
                h += ((uint64_t)c[k] + 1) * power;
                power *= BASE;
            }
            words[count++] = fmix(h ^ (uint64_t)(k - s));
        }
        first[text] = n_grams;
        if (count >= size) {
            for (Py_ssize_t i = 0; i + size <= count; i++) {
                uint64_t mixed = 0;
                for (Py_ssize_t j = 0; j < size; j++) mixed += words[i + j] * coef[j];
                g[n_grams++] = fmix(mixed);
            }
        } else if (count > 0) {  /* the whole text as one gram, tagged */
            uint64_t mixed = 0;
            for (Py_ssize_t j = 0; j < count; j++) mixed += words[j] * coef[j];
            g[n_grams++] = fmix(mixed ^ (uint64_t)short_tag);
        }
        end_of[text] = stop;
        at = stop + 1;
        text++;
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
