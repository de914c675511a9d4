/* fuzz-vin.c — a typed VIN, and the message to a dealer built around it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The input is cut at NUL bytes: the VIN as typed, the serial, then notes.
 * The first byte of the VIN picks a series and a car from the real catalog
 * for the message (0: none).
 */

#define G_LOG_DOMAIN "radio-code-fuzz"

#include "config.h"

#include <string.h>

#include "fuzz-common.h"
#include "rc-vin.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  RcCatalog *catalog = rc_fuzz_get_catalog ();
  GPtrArray *all = rc_catalog_get_series_array (catalog);
  GListModel *models = rc_catalog_get_models (catalog);
  g_auto(GStrv) parts = NULL;
  g_autoptr(RcVinCheck) check = NULL;
  g_autoptr(RcModel) model = NULL;
  g_autofree char *request = NULL;
  RcSeries *series = NULL;
  gboolean text;
  guint pick;

  if (size == 0)
    return 0;
  pick = data[0];
  parts = rc_fuzz_split (data + 1, size - 1, 6);
  text = g_utf8_validate (parts[0], -1, NULL);

  check = rc_vin_check (parts[0]);
  g_assert_nonnull (check);
  g_assert_cmpint (check->verdict, <=, RC_VIN_INVALID);
  g_assert_nonnull (check->vin);
  g_assert_nonnull (check->explanation);
  rc_fuzz_check_text (check->explanation);
  rc_fuzz_check_text (check->warning);
  /* Typed text comes back as text; the position is inside what was read. */
  if (text)
    g_assert_true (g_utf8_validate (check->vin, -1, NULL));
  g_assert_cmpuint (check->position, <=, strlen (check->vin) + 1);
  if (check->verdict == RC_VIN_VALID)
    g_assert_cmpuint (strlen (check->vin), ==, RC_VIN_LENGTH);

  /* The guide sends the VIN as read, whatever the verdict. */
  if (pick != 0)
    {
      series = g_ptr_array_index (all, pick % all->len);
      model = g_list_model_get_item (models, pick % g_list_model_get_n_items (models));
    }
  request = rc_vin_request_text (check->vin, series, parts[1], model, pick * 8u,
                                 (const char * const *) (parts[1] != NULL ? parts + 2 : NULL));
  g_assert_nonnull (request);
  /* Typed text in, text out: the message is copied or mailed as it is. */
  for (guint i = 1; parts[i] != NULL; i++)
    text = text && g_utf8_validate (parts[i], -1, NULL);
  if (text)
    g_assert_true (g_utf8_validate (request, -1, NULL));
  return 0;
}
