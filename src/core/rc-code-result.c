/* rc-code-result.c — from a typed serial to a computed code, or the reason there is none
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The serial is read by the serial checker, as everywhere else: a code is
 * computed only for a serial the checker calls valid, of a series the
 * catalog gives a verified method, and only when that method takes the
 * serial. Every other case ends with a sentence saying why, and no code.
 */

#define G_LOG_DOMAIN "radio-code-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rc-code-result.h"
#include "rc-serial.h"
#include "rc-text.h"

static void
refuse (RcCodeResult  *result,
        RcCodeOutcome  outcome,
        char          *reason)
{
  result->outcome = outcome;
  result->reason = reason;
}

/**
 * rc_code_result_new:
 * @series: (nullable): the radio picked, or %NULL to recognise it from @text
 * @text: the serial as typed or pasted
 *
 * Returns: (transfer full): the code for @text, or the reason it has none
 */
RcCodeResult *
rc_code_result_new (RcCatalog  *catalog,
                    RcSeries   *series,
                    const char *text)
{
  g_autoptr(RcSerialCheck) check = NULL;
  g_autoptr(GError) error = NULL;
  RcCodeResult *result;
  GPtrArray *notes;

  g_return_val_if_fail (RC_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (series == NULL || RC_IS_SERIES (series), NULL);

  check = rc_serial_check (catalog, series, text != NULL ? text : "");
  result = g_new0 (RcCodeResult, 1);
  result->serial = g_strdup (rc_serial_check_get_serial (check));
  result->notes = g_ptr_array_new_with_free_func (g_free);
  notes = rc_serial_check_get_notes (check);
  for (guint i = 0; i < notes->len; i++)
    g_ptr_array_add (result->notes, g_strdup (g_ptr_array_index (notes, i)));
  if (rc_serial_check_get_series (check) != NULL)
    result->series = g_object_ref (rc_serial_check_get_series (check));
  else if (series != NULL)
    result->series = g_object_ref (series);
  if (result->series != NULL && rc_catalog_lookup_code_method (catalog, result->series) != NULL)
    result->method = g_object_ref (rc_catalog_lookup_code_method (catalog, result->series));

  switch (rc_serial_check_get_verdict (check))
    {
    case RC_SERIAL_EMPTY:
      refuse (result, RC_CODE_BAD_SERIAL, g_strdup (_("No serial was given.")));
      return result;
    case RC_SERIAL_INCOMPLETE:
    case RC_SERIAL_INVALID:
      refuse (result, RC_CODE_BAD_SERIAL,
              /* Translators: a verdict on a serial in a few words (“Too long”), then why, in
               * sentences; shown where a code was asked for */
              G_GNUC_EXTENSION g_strdup_printf (C_("no code: verdict and why", "%1$s. %2$s"),
                                                rc_serial_check_get_summary (check),
                                                rc_serial_check_get_explanation (check)));
      return result;
    case RC_SERIAL_VALID:
    default:
      break;
    }

  /* A valid serial always has its series: the one picked, or the one it fits. */
  g_assert (result->series != NULL);
  if (result->method == NULL)
    {
      refuse (result, RC_CODE_NO_METHOD, rc_code_result_describe_no_method (result->series));
      return result;
    }

  result->code = rc_code_method_compute (result->method, result->serial, &error);
  if (result->code == NULL)
    {
      /* The arithmetic says what it takes; the catalog says why the rest is left out. */
      refuse (result, RC_CODE_NOT_COVERED,
              rc_text_join_sentences (error->message,
                                      rc_code_method_get_excludes (result->method)));
      return result;
    }

  result->outcome = RC_CODE_COMPUTED;
  return result;
}

/* The one sentence said for a radio with no verified method. */
char *
rc_code_result_describe_no_method (RcSeries *series)
{
  g_return_val_if_fail (RC_IS_SERIES (series), NULL);

  /* Translators: the argument names the radio, e.g. “Nissan — NI-series” */
  return g_strdup_printf (_("No verified method computes the code for this radio (%s): it has "
                            "to come from the radio's code card or a dealer."),
                          rc_series_get_title (series));
}

void
rc_code_result_free (RcCodeResult *result)
{
  if (result == NULL)
    return;

  g_free (result->serial);
  g_clear_object (&result->series);
  g_clear_object (&result->method);
  g_free (result->code);
  g_free (result->reason);
  g_ptr_array_unref (result->notes);
  g_free (result);
}

/**
 * rc_code_result_get_offer:
 * @lockout: the tries on this radio so far
 *
 * A computed code is offered for entering on the radio until the radio has
 * refused it once: then it is shown as refused, never again as if fresh.
 *
 * Returns: (nullable): the code to offer, or %NULL
 */
const char *
rc_code_result_get_offer (const RcCodeResult *result,
                          RcLockout          *lockout)
{
  g_return_val_if_fail (result != NULL, NULL);
  g_return_val_if_fail (RC_IS_LOCKOUT (lockout), NULL);

  if (result->outcome != RC_CODE_COMPUTED ||
      rc_lockout_get_refused_at (lockout, result->code) != 0)
    return NULL;
  return result->code;
}
