/* fuzz-serial.c — a typed serial against the real catalog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The first byte picks the series the user chose (0: none, recognise it),
 * the rest is what was typed or pasted. Every keystroke in the serial field,
 * `--check` and `--code` go through these calls.
 */

#define G_LOG_DOMAIN "radio-code-fuzz"

#include "config.h"

#include <stdlib.h>

#include "fuzz-common.h"
#include "rc-code-result.h"
#include "rc-serial.h"

static void
check_verdict (RcSerialCheck *check,
               const char    *text)
{
  GPtrArray *notes = rc_serial_check_get_notes (check);
  guint typed = g_utf8_validate (text, -1, NULL) ? g_utf8_strlen (text, -1) : 0;

  g_assert_nonnull (check);
  g_assert_cmpint (rc_serial_check_get_verdict (check), <=, RC_SERIAL_INVALID);
  g_assert_cmpint (rc_serial_check_get_problem (check), <=, RC_SERIAL_PROBLEM_VIN);
  /* The serial keeps a stray character to point at it; what is said about it is printed. */
  g_assert_true (g_utf8_validate (rc_serial_check_get_serial (check), -1, NULL));
  rc_fuzz_check_text (rc_serial_check_get_summary (check));
  rc_fuzz_check_text (rc_serial_check_get_explanation (check));
  g_assert_nonnull (rc_serial_check_get_summary (check));
  g_assert_nonnull (rc_serial_check_get_explanation (check));
  for (guint i = 0; notes != NULL && i < notes->len; i++)
    rc_fuzz_check_text (g_ptr_array_index (notes, i));
  /* The serial field marks the problem at this offset of what was typed. */
  g_assert_cmpint (rc_serial_check_get_input_offset (check), >=, -1);
  g_assert_cmpint (rc_serial_check_get_input_offset (check), <=, (int) typed);
  if (rc_serial_check_get_verdict (check) == RC_SERIAL_VALID)
    g_assert_cmpint (rc_serial_check_get_problem (check), ==, RC_SERIAL_PROBLEM_NONE);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  RcCatalog *catalog = rc_fuzz_get_catalog ();
  GPtrArray *all = rc_catalog_get_series_array (catalog);
  g_autoptr(RcSerialCheck) check = NULL;
  g_autoptr(RcCodeResult) code = NULL;
  g_autofree char *text = NULL;
  g_autofree char *normal = NULL;
  g_autofree char *canonical = NULL;
  RcSeries *series = NULL;

  if (size == 0)
    return 0;
  if (data[0] != 0)
    series = g_ptr_array_index (all, (data[0] - 1) % all->len);
  text = rc_fuzz_dup (data + 1, size - 1);

  check = rc_serial_check (catalog, series, text);
  check_verdict (check, text);

  normal = rc_serial_normalize (catalog, text);
  g_assert_true (normal == NULL || g_utf8_validate (normal, -1, NULL));
  canonical = rc_serial_canonical (catalog, series, text);
  g_assert_true (canonical == NULL || g_utf8_validate (canonical, -1, NULL));

  code = rc_code_result_new (catalog, series, text);
  g_assert_nonnull (code);
  g_assert_true (g_utf8_validate (code->serial, -1, NULL));
  rc_fuzz_check_text (code->code);
  rc_fuzz_check_text (code->reason);
  g_assert_true ((code->outcome == RC_CODE_COMPUTED) == (code->code != NULL));
  return 0;
}
