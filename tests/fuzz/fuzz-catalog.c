/* fuzz-catalog.c — catalog documents, read one after the other
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The input is cut at NUL bytes into up to four documents, read in order
 * into a catalog that already holds the real sources (00-sources.xml), as
 * the catalog compiler reads data/catalog at build time. A document that fails must leave the catalog
 * usable; the next one is read all the same. What was read is then used the
 * way the app uses it: each series checks its own example serial and the
 * reference is built from everything.
 */

#define G_LOG_DOMAIN "radio-code-fuzz"

#include "config.h"

#include <string.h>

#include "fuzz-common.h"
#include "rc-reference.h"
#include "rc-serial.h"

/* data/catalog/00-sources.xml, read from the source tree (the app's resources hold only the
 * compiled catalog). */
static GBytes *
get_sources (void)
{
  static GBytes *sources;

  if (sources == NULL)
    {
      g_autofree char *path = g_build_filename (RC_FUZZ_CATALOG_DIR, "00-sources.xml", NULL);
      g_autoptr(GError) error = NULL;
      char *contents;
      gsize length;

      if (!g_file_get_contents (path, &contents, &length, &error))
        g_error ("%s", error->message);
      sources = g_bytes_new_take (contents, length);
    }
  return sources;
}

static void
check_serial (RcCatalog  *catalog,
              RcSeries   *series,
              const char *text)
{
  g_autoptr(RcSerialCheck) chosen = rc_serial_check (catalog, series, text);
  g_autoptr(RcSerialCheck) recognised = rc_serial_check (catalog, NULL, text);

  rc_fuzz_check_text (rc_serial_check_get_explanation (chosen));
  rc_fuzz_check_text (rc_serial_check_get_explanation (recognised));
}

/* What people type on the way to the example, and beside it: so the catalog's formats,
 * rejects and rewrites all get used, whatever lengths they turn a serial into. */
static void
check_serials (RcCatalog  *catalog,
               RcSeries   *series,
               const char *example)
{
  glong length = g_utf8_strlen (example, -1);
  const glong cuts[] = { 1, length / 2, length - 1 };
  g_autofree char *longer = g_strconcat (example, "1", NULL);
  g_autofree char *wrong_end = g_strconcat (example, "", NULL);

  check_serial (catalog, series, example);
  check_serial (catalog, series, longer);
  for (guint i = 0; i < G_N_ELEMENTS (cuts); i++)
    {
      g_autofree char *start = g_utf8_substring (example, 0, MAX (cuts[i], 0));
      g_autofree char *end = g_utf8_substring (example, MAX (cuts[i], 0), length);

      check_serial (catalog, series, start);
      check_serial (catalog, series, end);
    }
  if (wrong_end[0] != '\0')
    {
      wrong_end[strlen (wrong_end) - 1] = g_ascii_isdigit (wrong_end[strlen (wrong_end) - 1]) ? 'X' : '0';
      check_serial (catalog, series, wrong_end);
    }
}

static void
use_catalog (RcCatalog *catalog)
{
  GPtrArray *all = rc_catalog_get_series_array (catalog);
  GListModel *models = rc_catalog_get_models (catalog);
  g_autoptr(RcReference) reference = NULL;

  for (guint i = 0; i < all->len; i++)
    {
      RcSeries *series = g_ptr_array_index (all, i);
      const char *example = rc_series_get_example (series);
      g_autofree char *described = rc_series_describe_example (series);

      g_assert_true (rc_catalog_lookup_series (catalog, rc_series_get_id (series)) == series);
      rc_fuzz_check_text (rc_series_get_title (series));
      rc_fuzz_check_text (described);
      if (example != NULL)
        check_serials (catalog, series, example);
    }

  for (guint i = 0; i < g_list_model_get_n_items (models); i++)
    {
      g_autoptr(RcModel) model = g_list_model_get_item (models, i);

      g_assert_true (rc_catalog_lookup_model (catalog, rc_model_get_id (model)) == model);
    }

  reference = rc_reference_new (catalog);
  for (guint i = 0; i < rc_reference_get_entries (reference)->len; i++)
    {
      RcEntry *entry = g_ptr_array_index (rc_reference_get_entries (reference), i);

      /* (Two displays or FAQs with one id are not refused yet: the first one is found.) */
      g_assert_cmpstr (rc_reference_lookup (reference, entry->id)->id, ==, entry->id);
      g_assert_true (g_utf8_validate (entry->title, -1, NULL));
      g_assert_true (g_utf8_validate (entry->body, -1, NULL));
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(RcCatalog) catalog = rc_catalog_new ();
  g_auto(GStrv) documents = rc_fuzz_split (data, size, 4);
  GBytes *sources = get_sources ();
  gsize length;
  const char *xml = g_bytes_get_data (sources, &length);

  g_assert_true (rc_catalog_add_data (catalog, "00-sources.xml", xml, length, NULL));
  for (guint i = 0; documents[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *name = g_strdup_printf ("fuzz-%u.xml", i);

      /* Exactly the document's bytes, so that reading past them is caught. */
      if (!rc_catalog_add_data (catalog, name, documents[i], strlen (documents[i]), &error))
        {
          /* For whoever edits the catalog: the file and the line. (GMarkup quotes
           * invalid UTF-8 as it found it, so the message need not be text.) */
          g_assert_nonnull (error);
          g_assert_true (g_str_has_prefix (error->message, name));
        }
    }
  use_catalog (catalog);
  return 0;
}
