/* test-guide-computed.c — the guide's computed code on its own, under a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rc-guide-computed.h"
#include "rc-test-utils.h"

static RcCatalog *catalog;

static void
test_create_destroy (void)
{
  g_autoptr(RcLockout) lockout = rc_lockout_new (catalog);
  GtkWidget *computed = g_object_ref_sink (rc_guide_computed_new (catalog, lockout));

  g_assert_null (rc_guide_computed_get_code (RC_GUIDE_COMPUTED (computed)));
  g_assert_finalize_object (computed);
}

/* It follows the radio and the serial as they change, and the tries on the radio. */
static void
test_follows (void)
{
  static const struct { const char *series, *text, *code; } steps[] = {
    { NULL, "B456", "0709" },
    { "renault-precode", "b 45", NULL },
    { "renault-precode", "b 456", "0709" },
    { "ford-mv", "M 036972", "6471" },
    { "ford-mv", "V036972", NULL },
    { "nissan-ni", "NI667SM0474796", NULL },
    { "clarion", "", NULL },
  };
  g_autoptr(RcLockout) lockout = rc_lockout_new (catalog);
  GtkWidget *computed = g_object_ref_sink (rc_guide_computed_new (catalog, lockout));
  GtkWidget *button = gtk_widget_get_ancestor (rc_test_find_label (computed, "_Enter This Code on the Radio"),
                                               GTK_TYPE_BUTTON);
  g_autoptr(GVariant) target = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      RcSeries *series = rc_catalog_lookup_series (catalog, steps[i].series);

      rc_guide_computed_set_radio (RC_GUIDE_COMPUTED (computed), series, steps[i].text);
      g_assert_cmpstr (rc_guide_computed_get_code (RC_GUIDE_COMPUTED (computed)), ==, steps[i].code);
      g_assert_cmpint (gtk_widget_get_visible (button), ==, steps[i].code != NULL);
    }

  /* The button carries the code to the guide's step 6, until the radio refuses it. */
  rc_guide_computed_set_radio (RC_GUIDE_COMPUTED (computed), NULL, "B456");
  target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (button));
  g_variant_ref (target);
  g_assert_cmpstr (g_variant_get_string (target, NULL), ==, "0709");
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), ==, "guide.enter-code");
  rc_lockout_record_code (lockout, "0709", FALSE);
  g_assert_false (gtk_widget_get_visible (button));
  g_assert_cmpstr (rc_guide_computed_get_code (RC_GUIDE_COMPUTED (computed)), ==, "0709");

  g_assert_finalize_object (computed);
}

int
main (int   argc,
      char *argv[])
{
  rc_test_init (&argc, &argv);
  catalog = rc_test_load_catalog ();

  g_test_add_func ("/guide-computed/create-destroy", test_create_destroy);
  g_test_add_func ("/guide-computed/follows", test_follows);

  return rc_test_run_and_drop (catalog);
}
