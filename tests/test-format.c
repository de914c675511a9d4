/* test-format.c — fixed-position formats: parsing and describing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rc-format.h"
#include "rc-test-core.h"

static void
test_parse_good (void)
{
  static const struct {
    const char *pattern;
    guint min, max;
  } cases[] = {
    { "NI[0-9]{3}[A-Z]{2}[0-9]{7}", 14, 14 },
    { "[MV][0-9]{6}", 7, 7 },
    { "[0-9A-Z]{6,20}", 6, 20 },
    { "A", 1, 1 },
    { "AB[0-9]{2,3}", 4, 5 },
    { "P[NP][0-9]{4}[A-Z]{0,1}", 6, 7 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(RcFormat) format = rc_format_new (cases[i].pattern, NULL, &error);

      g_assert_no_error (error);
      g_assert_cmpuint (rc_format_get_min_length (format), ==, cases[i].min);
      g_assert_cmpuint (rc_format_get_max_length (format), ==, cases[i].max);
    }
}

static void
test_parse_bad (void)
{
  static const char *bad[] = {
    "",               /* nothing */
    "[a-z]{3}",       /* lower case */
    "[9-0]",          /* backwards range */
    "[0-9",           /* unclosed class */
    "[]",             /* empty class */
    "A{0}",           /* zero count */
    "A{3,2}",         /* max below min */
    "A{x}",           /* not a number */
    "A{1,3}B",        /* a range before the end */
    "NI.*",           /* not our syntax */
    "A{65}",          /* absurd length */
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(RcFormat) format = rc_format_new (bad[i], NULL, &error);

      g_assert_null (format);
      g_assert_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT);
    }
}

static void
test_example_must_match (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RcFormat) format = rc_format_new ("[MV][0-9]{6}", "M12345", &error);

  g_assert_null (format);
  g_assert_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT);
  g_assert_nonnull (g_strstr_len (error->message, -1, "M12345"));
}

static void
test_mismatch (void)
{
  g_autoptr(RcFormat) format = rc_format_new ("[MV][0-9]{6}", NULL, NULL);
  gunichar ok[] = { 'M', '1', '2' };
  gunichar bad[] = { 'M', '1', 'X', '3' };
  gunichar longer[] = { 'V', '1', '2', '3', '4', '5', '6', '7' };

  g_assert_cmpuint (rc_format_first_mismatch (format, ok, 3), ==, 3);
  g_assert_cmpuint (rc_format_first_mismatch (format, bad, 4), ==, 2);
  g_assert_cmpuint (rc_format_first_mismatch (format, longer, 8), ==, 7);
  g_assert_cmpuint (rc_format_get_mask (format, 7), ==, 0);
}

static void
test_optional_tail (void)
{
  g_autoptr(RcFormat) format = rc_format_new ("A[0-9]{0,1}", NULL, NULL);
  gunichar one[] = { 'A' };
  gunichar two[] = { 'A', '7' };
  gunichar bad[] = { 'A', 'B' };

  g_assert_true (rc_format_matches (format, one, 1));
  g_assert_true (rc_format_matches (format, two, 2));
  g_assert_false (rc_format_matches (format, bad, 2));
  g_assert_cmpuint (rc_format_get_mask (format, 1), ==, RC_FORMAT_DIGITS);
  g_assert_true (rc_format_matches_start (format, bad, 2));
}

static void
test_describe (void)
{
  static const struct {
    const char *pattern;
    const char *words;
  } cases[] = {
    { "[0-9]", "a digit" },
    { "[A-Z]", "a letter" },
    { "[0-9A-Z]", "a letter or a digit" },
    { "N", "the letter “N”" },
    { "7", "the digit “7”" },
    { "[MV]", "one of M, V" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(RcFormat) format = rc_format_new (cases[i].pattern, NULL, NULL);
      g_autofree char *words = rc_format_describe_mask (rc_format_get_mask (format, 0));

      g_assert_cmpstr (words, ==, cases[i].words);
    }
}

int
main (int   argc,
      char *argv[])
{
  rc_test_init_glib (&argc, &argv);

  g_test_add_func ("/format/parse-good", test_parse_good);
  g_test_add_func ("/format/parse-bad", test_parse_bad);
  g_test_add_func ("/format/example-must-match", test_example_must_match);
  g_test_add_func ("/format/mismatch", test_mismatch);
  g_test_add_func ("/format/optional-tail", test_optional_tail);
  g_test_add_func ("/format/describe", test_describe);

  return g_test_run ();
}
