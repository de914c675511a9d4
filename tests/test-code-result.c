/* test-code-result.c — from a typed serial to a code, or the reason there is none
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "rc-code-result.h"
#include "rc-test-core.h"

static RcCatalog *catalog;

typedef struct
{
  const char    *series;    /* picked, or NULL to recognise it */
  const char    *text;      /* as typed */
  RcCodeOutcome  outcome;
  const char    *serial;    /* as read */
  const char    *code;
  const char    *says;      /* a part of the reason, or of a note when there is a code */
} Case;

static const Case cases[] = {
  /* Typed as people type: lower case, dashes, spaces, the label's leading 0. */
  { NULL, "b-456", RC_CODE_COMPUTED, "B456", "0709", NULL },
  { NULL, "  z 999 ", RC_CODE_COMPUTED, "Z999", "0060", NULL },
  { "renault-precode", "c789", RC_CODE_COMPUTED, "C789", "1621", NULL },
  { NULL, "m 036972", RC_CODE_COMPUTED, "M036972", "6471", NULL },
  { NULL, "M0123456", RC_CODE_COMPUTED, "M123456", "2487", "leading 0" },
  { "ford-mv", "m-123-456", RC_CODE_COMPUTED, "M123456", "2487", NULL },
  { NULL, "S/N: M999999", RC_CODE_COMPUTED, "M999999", "4968", NULL },
  /* Refused, with the reason. */
  { NULL, "A012", RC_CODE_BAD_SERIAL, "A012", NULL, "A000 to A099" },
  { "renault-precode", "A099", RC_CODE_BAD_SERIAL, "A099", NULL, "A000 to A099" },
  { NULL, "M1234567", RC_CODE_BAD_SERIAL, "M1234567", NULL, NULL },
  { "ford-mv", "M1234567", RC_CODE_BAD_SERIAL, "M1234567", NULL, "Too long" },
  { NULL, "V123456", RC_CODE_NOT_COVERED, "V123456", NULL, "V-series radios" },
  { NULL, "v 123 456", RC_CODE_NOT_COVERED, "V123456", NULL, "no verified method" },
  { NULL, "NI667SM0474796", RC_CODE_NO_METHOD, "NI667SM0474796", NULL,
    "No verified method computes the code for this radio (Nissan — NI-series)" },
  { NULL, "BP234631987485", RC_CODE_NO_METHOD, "BP234631987485", NULL, "code card or a dealer" },
  { NULL, "VWZ1Z2B1234567", RC_CODE_NO_METHOD, "VWZ1Z2B1234567", NULL, "Volkswagen" },
  { "pioneer", "PD1234567A", RC_CODE_NO_METHOD, "PD1234567A", NULL, "Pioneer" },
  /* A precode typed with the Nissan radio picked is not a Nissan serial. */
  { "nissan-ni", "B456", RC_CODE_BAD_SERIAL, "B456", NULL, NULL },
  { "renault-precode", "NI667SM0474796", RC_CODE_BAD_SERIAL, "NI667SM0474796", NULL, NULL },
  { NULL, "B45", RC_CODE_BAD_SERIAL, "B45", NULL, "Incomplete" },
  { NULL, "", RC_CODE_BAD_SERIAL, "", NULL, "No serial" },
};

static void
test_cases (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const Case *c = &cases[i];
      RcSeries *series = c->series != NULL ? rc_catalog_lookup_series (catalog, c->series) : NULL;
      g_autoptr(RcCodeResult) result = rc_code_result_new (catalog, series, c->text);
      g_autoptr(GString) said = g_string_new (result->reason);

      for (guint j = 0; j < result->notes->len; j++)
        g_string_append_printf (said, " %s", (const char *) g_ptr_array_index (result->notes, j));
      g_test_message ("“%s”: %s %s", c->text, result->code, said->str);
      g_assert_cmpint (result->outcome, ==, c->outcome);
      g_assert_cmpstr (result->serial, ==, c->serial);
      g_assert_cmpstr (result->code, ==, c->code);
      /* A code, or a reason: never both, never neither. */
      g_assert_true ((result->code == NULL) != (result->reason == NULL));
      if (c->says != NULL)
        g_assert_nonnull (strstr (said->str, c->says));
      if (c->outcome == RC_CODE_COMPUTED || c->outcome == RC_CODE_NOT_COVERED)
        g_assert_nonnull (result->method);
      if (c->outcome == RC_CODE_NO_METHOD)
        g_assert_null (result->method);
    }
}

/* A serial of @format built from what each position allows, for a format
 * with no example (no source publishes one for Pioneer units). */
static char *
make_example (const RcFormat *format)
{
  GString *serial = g_string_new (NULL);

  for (guint i = 0; i < rc_format_get_min_length (format); i++)
    {
      guint64 allowed = rc_format_get_mask (format, i);
      char c = '1';

      while (!(allowed & rc_format_char_bit (c)) && c != 'Z')
        c = c == '9' ? 'A' : c + 1;
      g_string_append_c (serial, c);
    }
  return g_string_free (serial, FALSE);
}

/* Serials of @format: its example, and the example with each digit and
 * letter replaced by the next one, where the format allows that. */
static GPtrArray *
serials_like (const RcFormat *format)
{
  g_autofree char *made = rc_format_get_example (format) == NULL ? make_example (format) : NULL;
  const char *example = made != NULL ? made : rc_format_get_example (format);
  GPtrArray *serials = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (serials, g_strdup (example));
  for (guint shift = 1; shift < 10; shift++)
    {
      char *serial = g_strdup (example);

      for (char *p = serial; *p != '\0'; p++)
        {
          guint64 allowed = rc_format_get_mask (format, p - serial);
          char next = g_ascii_isdigit (*p) ? '0' + (*p - '0' + shift) % 10
                                           : 'A' + (*p - 'A' + shift) % 26;

          if (allowed & rc_format_char_bit (next))
            *p = next;
        }
      g_ptr_array_add (serials, serial);
    }
  return serials;
}

/* No series the catalog gives no method ever yields a code: not for its own
 * serials, nor for any other series' serial typed with it picked. */
static void
test_no_method_no_code (void)
{
  GPtrArray *all = rc_catalog_get_series_array (catalog);
  g_autoptr(GPtrArray) every_serial = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  guint without = 0, tried = 0;

  for (guint i = 0; i < all->len; i++)
    {
      GPtrArray *formats = rc_series_get_formats (g_ptr_array_index (all, i));

      for (guint j = 0; j < formats->len; j++)
        g_ptr_array_add (every_serial, serials_like (g_ptr_array_index (formats, j)));
    }

  for (guint i = 0; i < all->len; i++)
    {
      RcSeries *series = g_ptr_array_index (all, i);

      if (rc_catalog_lookup_code_method (catalog, series) != NULL)
        continue;
      without++;
      for (guint j = 0; j < every_serial->len; j++)
        {
          GPtrArray *serials = g_ptr_array_index (every_serial, j);

          for (guint k = 0; k < serials->len; k++)
            {
              const char *text = g_ptr_array_index (serials, k);
              g_autoptr(RcCodeResult) picked = rc_code_result_new (catalog, series, text);
              g_autoptr(RcCodeResult) recognised = rc_code_result_new (catalog, NULL, text);

              if (picked->code != NULL)
                g_error ("%s, typed with %s picked, yields code %s", text,
                         rc_series_get_id (series), picked->code);
              g_assert_true (picked->outcome != RC_CODE_COMPUTED);
              /* Recognised as this series, it has no code either. */
              if (recognised->series == series)
                g_assert_null (recognised->code);
              tried++;
            }
        }
    }

  g_test_message ("%u series without a method, %u serials tried", without, tried);
  g_assert_cmpuint (without, >=, 5);
}

/* The series with a method compute a code for every serial of theirs the method takes. */
static void
test_method_series_compute (void)
{
  static const char *ids[] = { "renault-precode", "ford-mv" };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      RcSeries *series = rc_catalog_lookup_series (catalog, ids[i]);
      GPtrArray *formats = rc_series_get_formats (series);

      for (guint j = 0; j < formats->len; j++)
        {
          g_autoptr(GPtrArray) serials = serials_like (g_ptr_array_index (formats, j));

          for (guint k = 0; k < serials->len; k++)
            {
              const char *text = g_ptr_array_index (serials, k);
              g_autoptr(RcCodeResult) result = rc_code_result_new (catalog, series, text);

              g_test_message ("%s: %s", text, result->code ? result->code : result->reason);
              /* Ford's V serials are the one part of a series left out. */
              if (text[0] == 'V')
                g_assert_cmpint (result->outcome, ==, RC_CODE_NOT_COVERED);
              else
                g_assert_cmpint (result->outcome, ==, RC_CODE_COMPUTED);
            }
        }
    }
}

/* A computed code is offered until the radio refuses it; then never again as if fresh. */
static void
test_offer (void)
{
  g_autoptr(RcLockout) lockout = rc_lockout_new (catalog);
  g_autoptr(RcCodeResult) result = rc_code_result_new (catalog, NULL, "B456");
  g_autoptr(RcCodeResult) nissan = rc_code_result_new (catalog, NULL, "NI667SM0474796");

  g_assert_cmpstr (rc_code_result_get_offer (result, lockout), ==, "0709");
  g_assert_null (rc_code_result_get_offer (nissan, lockout));
  rc_lockout_record_code (lockout, "0709", FALSE);
  g_assert_null (rc_code_result_get_offer (result, lockout));
  /* Computed again, it is still the refused code. */
  {
    g_autoptr(RcCodeResult) again = rc_code_result_new (catalog, NULL, "b 456");

    g_assert_cmpstr (again->code, ==, "0709");
    g_assert_null (rc_code_result_get_offer (again, lockout));
  }
  /* Another radio, a fresh start. */
  rc_lockout_reset (lockout);
  g_assert_cmpstr (rc_code_result_get_offer (result, lockout), ==, "0709");
}

int
main (int   argc,
      char *argv[])
{
  rc_test_init_glib (&argc, &argv);
  catalog = rc_test_load_catalog ();

  g_test_add_func ("/code-result/cases", test_cases);
  g_test_add_func ("/code-result/no-method-no-code", test_no_method_no_code);
  g_test_add_func ("/code-result/method-series-compute", test_method_series_compute);
  g_test_add_func ("/code-result/offer", test_offer);

  return rc_test_run_and_drop (catalog);
}
