/* rc-code-method.c — a verified way to compute a radio's code from its serial
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two public methods compute a code offline: the Renault and Dacia precode
 * (a letter and three digits) and Ford's M-series (M and six digits). The
 * arithmetic is here; which series a method serves, how far it is trusted
 * and where that trust comes from are catalog data (12-code-methods.xml).
 * Both were written from the description in the shared reference notes
 * (code-algorithms.md) and are checked against every published pair in
 * tests/code-vectors.tsv.
 *
 * An algorithm takes a normalised serial and refuses anything outside its
 * domain with a sentence saying why: it never guesses.
 */

#define G_LOG_DOMAIN "radio-code-core"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "rc-code-method.h"
#include "rc-enum.h"

struct _RcCodeMethod
{
  GObject          parent_instance;

  char            *id;
  RcCodeAlgorithm  algorithm;
  RcConfidence     confidence;
  char            *name;
  char            *basis;      /* what the code rests on */
  char            *covers;     /* which radios it serves */
  char            *excludes;   /* which it does not */
  char            *refused;    /* what to check when the radio refuses the code */
  GPtrArray       *series;     /* RcSeries, borrowed */
  GPtrArray       *sources;    /* RcSource, borrowed */
};

G_DEFINE_FINAL_TYPE (RcCodeMethod, rc_code_method, G_TYPE_OBJECT)

G_DEFINE_QUARK (rc-code-method-error-quark, rc_code_method_error)

/* Ford's fixed table: every row is an arrangement of the digits 0 to 9. */
static const guint8 ford_table[10][10] = {
  { 9, 5, 3, 4, 8, 7, 2, 6, 1, 0 },
  { 2, 1, 5, 6, 9, 3, 7, 0, 4, 8 },
  { 0, 4, 7, 3, 1, 9, 6, 5, 8, 2 },
  { 5, 6, 4, 1, 2, 8, 0, 9, 3, 7 },
  { 6, 3, 1, 2, 0, 5, 4, 8, 7, 9 },
  { 4, 0, 8, 7, 6, 1, 9, 3, 2, 5 },
  { 7, 8, 0, 5, 3, 2, 1, 4, 9, 6 },
  { 1, 9, 6, 8, 7, 4, 5, 2, 0, 3 },
  { 3, 2, 9, 0, 4, 6, 8, 7, 5, 1 },
  { 8, 7, 2, 9, 5, 0, 3, 1, 6, 4 },
};

/* The table column each serial digit is looked up in, last digit first. */
static const guint8 ford_columns[7] = { 5, 3, 8, 2, 1, 6, 9 };

static gboolean
all_digits (const char *text,
            gsize       n)
{
  for (gsize i = 0; i < n; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;
  return TRUE;
}

/*
 * The precode is a letter L (A = 0) and digits d1 d2 d3. With
 * x = 10·L + d1 and y = x + 10·d2 + d3, the code is (259 mod x) mod 100,
 * followed by (7·y) mod 100 with its two digits swapped. x is 0 for
 * A000–A099, where 259 mod x is undefined: those have no code.
 */
static char *
compute_renault (const char  *serial,
                 GError     **error)
{
  guint x, y, z;

  if (strlen (serial) != 4 || !g_ascii_isupper (serial[0]) || !all_digits (serial + 1, 3))
    {
      g_set_error (error, RC_CODE_METHOD_ERROR, RC_CODE_METHOD_ERROR_OUTSIDE,
                   _("The precode method takes a letter and three digits, such as B123."));
      return NULL;
    }

  x = 10 * (serial[0] - 'A') + (serial[1] - '0');
  if (x == 0)
    {
      g_set_error (error, RC_CODE_METHOD_ERROR, RC_CODE_METHOD_ERROR_NO_CODE,
                   _("Precodes A000 to A099 have no code: the method is not defined for them, "
                     "and no radio is known to show one. Check the first two characters "
                     "once more."));
      return NULL;
    }
  y = x + 10 * (serial[2] - '0') + (serial[3] - '0');
  z = (7 * y) % 100;

  return g_strdup_printf ("%02u%u%u", (259 % x) % 100, z % 10, z / 10);
}

/* The sum of a w's tens and units digits and @r1, as one digit. */
static guint
ford_digit (guint w,
            guint r1)
{
  return ((w / 10) % 10 + w % 10 + r1) % 10;
}

/*
 * The six digits are read from the right as n1 … n6, with n7 = 0; each
 * gives r_k = T[n_k][c_k]. Four sums of table look-ups among the r's pick
 * four rows, and the code's digits come from those rows with r1 added.
 */
static char *
compute_ford_m (const char  *serial,
                GError     **error)
{
  guint n[8] = { 0 }, r[8] = { 0 };
  guint k, s1, s2, s3, s4, a, b, c, d;
  gsize length = strlen (serial);

  if (serial[0] != 'M' || (length != 7 && length != 8) || !all_digits (serial + 1, length - 1))
    {
      g_set_error (error, RC_CODE_METHOD_ERROR, RC_CODE_METHOD_ERROR_OUTSIDE,
                   _("The Ford M-series method takes M and six digits, such as M123456."));
      return NULL;
    }
  /* Some labels print seven digits, the first a 0 that is not part of the serial. */
  if (length == 8)
    {
      if (serial[1] != '0')
        {
          g_set_error (error, RC_CODE_METHOD_ERROR, RC_CODE_METHOD_ERROR_OUTSIDE,
                       _("M and seven digits is an M-series serial only when the first digit "
                         "is 0, which is then left out. Check the number on the label once more."));
          return NULL;
        }
      serial++;
    }

  for (guint i = 1; i <= 6; i++)
    n[i] = serial[7 - i] - '0';
  for (guint i = 1; i <= 7; i++)
    r[i] = ford_table[n[i]][ford_columns[i - 1]];

#define T(i, j) ((guint) ford_table[r[i]][r[j]])
  k = T (2, 1) + 1;
  s1 = (k * (T (6, 2) + 1) + (T (4, 3) + 1) * (T (7, 5) + 1) + T (1, 4)) % 10;
  s2 = (k * (T (5, 4) + 1) + (T (5, 2) + 1) * (T (7, 3) + 1) + T (1, 6)) % 10;
  s3 = (k * (T (4, 2) + 1) + (T (3, 6) + 1) * (T (7, 4) + 1) + T (1, 5)) % 10;
  s4 = (k * (T (6, 3) + 1) + (T (3, 7) + 1) * (T (2, 5) + 1) + T (4, 1)) % 10;
#undef T

  a = ford_table[s1][5] + 1;
  b = ford_table[s2][1] + 1;
  c = ford_table[s3][8] + 1;
  d = ford_table[s4][0] + 1;

  return g_strdup_printf ("%u%u%u%u",
                          ford_digit (c * d + 108, r[1]),
                          ford_digit (a * c + 103, r[1]),
                          ford_digit (b * d + 102, r[1]),
                          ford_digit (a * b + 105, r[1]));
}

gboolean
rc_code_algorithm_parse (const char      *nick,
                         RcCodeAlgorithm *algorithm)
{
  int value;

  if (!rc_enum_from_nick (RC_TYPE_CODE_ALGORITHM, nick, &value))
    return FALSE;

  *algorithm = value;
  return TRUE;
}

/**
 * rc_code_algorithm_compute:
 * @serial: a normalised serial: upper case, no spaces or dashes
 *
 * Returns: (transfer full) (nullable): the four-digit code, or %NULL and an
 *   RC_CODE_METHOD_ERROR saying why @serial has none
 */
char *
rc_code_algorithm_compute (RcCodeAlgorithm   algorithm,
                           const char       *serial,
                           GError          **error)
{
  g_return_val_if_fail (serial != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  switch (algorithm)
    {
    case RC_CODE_ALGORITHM_RENAULT_PRECODE:
      return compute_renault (serial, error);
    case RC_CODE_ALGORITHM_FORD_M:
      return compute_ford_m (serial, error);
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
rc_code_method_finalize (GObject *object)
{
  RcCodeMethod *self = RC_CODE_METHOD (object);

  g_free (self->id);
  g_free (self->name);
  g_free (self->basis);
  g_free (self->covers);
  g_free (self->excludes);
  g_free (self->refused);
  g_ptr_array_unref (self->series);
  g_ptr_array_unref (self->sources);

  G_OBJECT_CLASS (rc_code_method_parent_class)->finalize (object);
}

static void
rc_code_method_class_init (RcCodeMethodClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rc_code_method_finalize;
}

static void
rc_code_method_init (RcCodeMethod *self)
{
  self->series = g_ptr_array_new ();
  self->sources = g_ptr_array_new ();
}

RcCodeMethod *
rc_code_method_new (const char      *id,
                    RcCodeAlgorithm  algorithm,
                    RcConfidence     confidence)
{
  RcCodeMethod *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (rc_enum_to_nick (RC_TYPE_CODE_ALGORITHM, algorithm) != NULL, NULL);

  self = g_object_new (RC_TYPE_CODE_METHOD, NULL);
  self->id = g_strdup (id);
  self->algorithm = algorithm;
  self->confidence = confidence;
  return self;
}

/* Sets one of the method's texts. */
void
rc_code_method_set_text (RcCodeMethod     *self,
                         RcCodeMethodText  field,
                         const char       *text)
{
  char **fields[] = {
    [RC_CODE_METHOD_TEXT_NAME] = &self->name,
    [RC_CODE_METHOD_TEXT_BASIS] = &self->basis,
    [RC_CODE_METHOD_TEXT_COVERS] = &self->covers,
    [RC_CODE_METHOD_TEXT_EXCLUDES] = &self->excludes,
    [RC_CODE_METHOD_TEXT_REFUSED] = &self->refused,
  };

  g_return_if_fail (RC_IS_CODE_METHOD (self));
  g_return_if_fail (field < G_N_ELEMENTS (fields));

  g_free (*fields[field]);
  *fields[field] = g_strdup (text);
}

/* Whether every text a method needs is there: it is shown wherever its code is. */
gboolean
rc_code_method_is_complete (RcCodeMethod *self)
{
  g_return_val_if_fail (RC_IS_CODE_METHOD (self), FALSE);

  return self->name != NULL && self->basis != NULL && self->covers != NULL &&
         self->excludes != NULL && self->refused != NULL && self->series->len > 0;
}

const char *
rc_code_method_get_id (RcCodeMethod *self)
{
  g_return_val_if_fail (RC_IS_CODE_METHOD (self), NULL);
  return self->id;
}

const char *
rc_code_method_get_name (RcCodeMethod *self)
{
  g_return_val_if_fail (RC_IS_CODE_METHOD (self), NULL);
  return self->name;
}

/* What the code rests on: "computed with the method every published list agrees with". */
const char *
rc_code_method_get_basis (RcCodeMethod *self)
{
  g_return_val_if_fail (RC_IS_CODE_METHOD (self), NULL);
  return self->basis;
}

const char *
rc_code_method_get_covers (RcCodeMethod *self)
{
  g_return_val_if_fail (RC_IS_CODE_METHOD (self), NULL);
  return self->covers;
}

const char *
rc_code_method_get_excludes (RcCodeMethod *self)
{
  g_return_val_if_fail (RC_IS_CODE_METHOD (self), NULL);
  return self->excludes;
}

/* What to check before another try when the radio refuses a computed code. */
const char *
rc_code_method_get_refused (RcCodeMethod *self)
{
  g_return_val_if_fail (RC_IS_CODE_METHOD (self), NULL);
  return self->refused;
}

RcCodeAlgorithm
rc_code_method_get_algorithm (RcCodeMethod *self)
{
  g_return_val_if_fail (RC_IS_CODE_METHOD (self), 0);
  return self->algorithm;
}

RcConfidence
rc_code_method_get_confidence (RcCodeMethod *self)
{
  g_return_val_if_fail (RC_IS_CODE_METHOD (self), RC_CONFIDENCE_UNVERIFIED);
  return self->confidence;
}

/* The series it serves (RcSeries, borrowed); the catalog reader fills it. */
GPtrArray *
rc_code_method_get_series (RcCodeMethod *self)
{
  g_return_val_if_fail (RC_IS_CODE_METHOD (self), NULL);
  return self->series;
}

/* Where its trust comes from (RcSource, borrowed); the catalog reader fills it. */
GPtrArray *
rc_code_method_get_sources (RcCodeMethod *self)
{
  g_return_val_if_fail (RC_IS_CODE_METHOD (self), NULL);
  return self->sources;
}

gboolean
rc_code_method_applies (RcCodeMethod *self,
                        RcSeries     *series)
{
  g_return_val_if_fail (RC_IS_CODE_METHOD (self), FALSE);

  return series != NULL && g_ptr_array_find (self->series, series, NULL);
}

/**
 * rc_code_method_compute:
 * @serial: a normalised serial of one of the method's series
 *
 * Returns: (transfer full) (nullable): the code, or %NULL and the reason
 */
char *
rc_code_method_compute (RcCodeMethod  *self,
                        const char    *serial,
                        GError       **error)
{
  g_return_val_if_fail (RC_IS_CODE_METHOD (self), NULL);

  return rc_code_algorithm_compute (self->algorithm, serial, error);
}
