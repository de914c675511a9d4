/* lockout-helper.c — a separate process for test-lockout's kill test
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   lockout-helper fail PATH N   record N wrong codes, print "saved", then wait to be killed
 *   lockout-helper show PATH     print "STATE REMAINING FAILURES REFUSED"
 *   lockout-helper churn PATH    record a new refused code again and again, printing the count
 *                                after each save, until killed
 */

#include "config.h"

#include <stdio.h>

#include "rc-lockout.h"

/* Saves are written on a worker thread: "saved" is said once the write is done. */
static void
wait_saved (RcLockout *lockout)
{
  while (rc_state_saver_is_pending (rc_lockout_get_saver (lockout)))
    g_main_context_iteration (NULL, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RcCatalog) catalog = NULL;
  g_autoptr(RcLockout) lockout = NULL;

  if (argc < 3)
    return 2;

  catalog = rc_catalog_new_from_resources (RC_CATALOG_RESOURCE_PATH, &error);
  g_assert_no_error (error);
  /* A rule that never makes the radio wait, so every code in "churn" is a write. */
  rc_catalog_add_data (catalog, "churn.xml",
                       "<catalog><lockout id='churn' confidence='unverified' "
                       "sources='common-practice' attempts='1000' wait='1h' power='radio-on' "
                       "power-cut='unknown'><name>Churn</name><condition>None</condition>"
                       "</lockout></catalog>", -1, &error);
  g_assert_no_error (error);
  lockout = rc_lockout_new (catalog);
  if (!rc_lockout_load (lockout, argv[2], &error))
    g_error ("%s", error->message);

  if (g_str_equal (argv[1], "churn"))
    {
      rc_lockout_set_rule (lockout, rc_catalog_lookup_lockout (catalog, "churn"));
      for (guint i = rc_lockout_get_failures (lockout); i < 900; i++)
        {
          g_autofree char *code = g_strdup_printf ("%04u", i);

          rc_lockout_record_code (lockout, code, FALSE);
          wait_saved (lockout);
          g_print ("%u\n", rc_lockout_get_failures (lockout));
          fflush (stdout);
        }
      g_main_loop_run (g_main_loop_new (NULL, FALSE));
    }

  if (g_str_equal (argv[1], "fail") && argc == 4)
    {
      rc_lockout_set_rule (lockout, rc_catalog_lookup_lockout (catalog, "nissan-page"));
      for (guint64 i = g_ascii_strtoull (argv[3], NULL, 10); i > 0; i--)
        rc_lockout_record (lockout, FALSE);
      wait_saved (lockout);
      g_print ("saved\n");
      fflush (stdout);
      /* Stays alive until killed: nothing more is written after this. */
      g_main_loop_run (g_main_loop_new (NULL, FALSE));
    }

  g_print ("%s %u %u %u\n", rc_lockout_state_to_string (rc_lockout_get_state (lockout)),
           rc_lockout_get_remaining (lockout), rc_lockout_get_failures (lockout),
           rc_lockout_get_n_refused (lockout));
  return 0;
}
