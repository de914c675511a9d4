/* bench-serial.c — what one serial check costs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints the time per rc_serial_check() call for typical inputs, beside a
 * baseline measured in the same run: one precompiled GRegex match of the
 * series' format, the least any checker must do.
 */

#include "config.h"

#include "bench-utils.h"
#include "rc-serial.h"


typedef struct
{
  const char *label;
  const char *series;
  const char *input;
  const char *regex;
} Input;

static const Input inputs[] = {
  { "valid, series picked", "blaupunkt-bp", "BP234631987485", "^BP[0-9]{4}[0-9A-Z][0-9]{7}$" },
  { "typing, series picked", "nissan-ni", "NI667S", "^NI[0-9]{3}[A-Z]{2}[0-9]{7}$" },
  { "look-alike, picked", "blaupunkt-bp", "BP2346319874O5", "^BP[0-9]{4}[0-9A-Z][0-9]{7}$" },
  { "valid, recognised", NULL, "CM015655292387", "^C(L[0-9]{4}[A-Z][0-9]{7}|M[0-9]{12})$" },
  { "pasted label, recognised", NULL, "S/N: bp 2346 3198 7485", "^BP[0-9]{4}[0-9A-Z][0-9]{7}$" },
};

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RcCatalog) catalog = NULL;
  /* Calls per measurement; fewer for a profiler run. */
  guint rounds = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 200000;

  catalog = rc_catalog_new_from_resources (RC_CATALOG_RESOURCE_PATH, &error);
  if (catalog == NULL)
    g_error ("%s", error->message);

  g_print ("| input | check (ns/call) | baseline: one GRegex match (ns/call) | ratio |\n");
  g_print ("|---|---:|---:|---:|\n");

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      RcSeries *series = rc_catalog_lookup_series (catalog, inputs[i].series);
      g_autoptr(GRegex) regex = g_regex_new (inputs[i].regex, G_REGEX_OPTIMIZE, 0, NULL);
      double check_ns[5], base_ns[5];

      /* Interleaved repeats, so that both sides see the same machine. */
      for (guint r = 0; r < G_N_ELEMENTS (check_ns); r++)
        {
          gint64 start = g_get_monotonic_time ();
          guint matches = 0;

          for (guint k = 0; k < rounds; k++)
            rc_serial_check_unref (rc_serial_check (catalog, series, inputs[i].input));
          check_ns[r] = (g_get_monotonic_time () - start) * 1000.0 / rounds;

          start = g_get_monotonic_time ();
          for (guint k = 0; k < rounds; k++)
            matches += g_regex_match (regex, inputs[i].input, 0, NULL);
          base_ns[r] = (g_get_monotonic_time () - start) * 1000.0 / rounds;
          g_assert (matches <= rounds);
        }

      {
        double c = bench_median (check_ns, G_N_ELEMENTS (check_ns));
        double b = bench_median (base_ns, G_N_ELEMENTS (base_ns));

        g_print ("| %s | %.0f | %.0f | %.2fx |\n", inputs[i].label, c, b, c / b);
      }
    }

  return 0;
}
