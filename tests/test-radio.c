/* test-radio.c — the radio being unlocked, kept exactly between runs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "rc-radio.h"
#include "rc-test-core.h"

static RcCatalog *catalog;

typedef struct
{
  char      *dir;
  char      *path;
  RcLockout *lockout;
} Fixture;

static void
setup (Fixture       *f,
       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("radio-code-radio-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "radio.ini", NULL);
  f->lockout = rc_lockout_new (catalog);
}

static void
teardown (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (f->dir, name, NULL);

      g_unlink (child);
    }
  g_rmdir (f->dir);
  g_assert_finalize_object (f->lockout);
  g_free (f->dir);
  g_free (f->path);
}

static RcRadio *
open_radio (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  RcRadio *radio = rc_radio_new (catalog, f->lockout);

  g_assert_true (rc_radio_load (radio, f->path, &error));
  g_assert_no_error (error);
  return radio;
}

/* Everything the owner told the app comes back after a restart, as typed. */
static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  RcRadio *radio = open_radio (f);
  RcRadio *again;

  g_assert_null (rc_radio_get_series (radio));
  g_assert_cmpstr (rc_radio_get_serial_text (radio), ==, "");
  g_assert_null (rc_radio_get_serial (radio));

  rc_radio_set_series (radio, rc_catalog_lookup_series (catalog, "blaupunkt-bp"));
  rc_radio_set_serial_text (radio, " 815bp 2346 3198 7485 ");
  rc_radio_set_model (radio, rc_catalog_lookup_model (catalog, "nissan-micra"));
  rc_radio_set_vin (radio, "sjnfaak12u2123456");
  /* The serial as the catalog reads it follows; what was typed stays as typed. */
  g_assert_cmpstr (rc_radio_get_serial (radio), ==, "BP234631987485");
  g_assert_true (rc_radio_get_lockout (radio) == f->lockout);
  g_assert_finalize_object (radio);

  again = open_radio (f);
  g_assert_cmpstr (rc_series_get_id (rc_radio_get_series (again)), ==, "blaupunkt-bp");
  g_assert_cmpstr (rc_radio_get_serial_text (again), ==, " 815bp 2346 3198 7485 ");
  g_assert_cmpstr (rc_radio_get_serial (again), ==, "BP234631987485");
  g_assert_cmpstr (rc_model_get_id (rc_radio_get_model (again)), ==, "nissan-micra");
  g_assert_cmpstr (rc_radio_get_vin (again), ==, "sjnfaak12u2123456");

  /* Cleared, it is cleared on disk too. */
  rc_radio_set_series (again, NULL);
  rc_radio_set_model (again, NULL);
  rc_radio_set_vin (again, NULL);
  g_assert_finalize_object (again);
  again = open_radio (f);
  g_assert_null (rc_radio_get_series (again));
  g_assert_null (rc_radio_get_model (again));
  g_assert_cmpstr (rc_radio_get_vin (again), ==, "");
  g_assert_finalize_object (again);
}

/* One notification per real change, for the widgets bound to it. */
static void
test_notify_once (Fixture       *f,
                  gconstpointer  data)
{
  RcRadio *radio = open_radio (f);
  guint text = 0, serial = 0;

  g_signal_connect (radio, "notify::serial-text", G_CALLBACK (rc_test_count_notify_cb), &text);
  g_signal_connect (radio, "notify::serial", G_CALLBACK (rc_test_count_notify_cb), &serial);
  rc_radio_set_serial_text (radio, "M123456");
  rc_radio_set_serial_text (radio, "M123456");
  g_assert_cmpuint (text, ==, 1);
  g_assert_cmpuint (serial, ==, 1);
  /* Typing a space changes the text, not the serial. */
  rc_radio_set_serial_text (radio, "M 123456");
  g_assert_cmpuint (text, ==, 2);
  g_assert_cmpuint (serial, ==, 1);
  g_assert_finalize_object (radio);
}

/* A series or car this version no longer has is left out; the rest is kept. */
static void
test_unknown_ids (Fixture       *f,
                  gconstpointer  data)
{
  RcRadio *radio;

  g_assert_true (g_file_set_contents (f->path, "[radio]\nversion=1\nseries=gone\n"
                                      "serial-text=AB12\nmodel=nissan-sunny\nvin=\n", -1, NULL));
  radio = open_radio (f);
  g_assert_null (rc_radio_get_series (radio));
  g_assert_null (rc_radio_get_model (radio));
  g_assert_cmpstr (rc_radio_get_serial_text (radio), ==, "AB12");
  g_assert_finalize_object (radio);
}

/* A damaged file is kept aside and said, never read as a fresh radio in silence. */
static void
test_damaged (Fixture       *f,
              gconstpointer  data)
{
  static const char *damaged[] = {
    "[radio]\nversion=1\nseries=clarion\n",        /* truncated */
    "",                                             /* empty */
    "[radio]\nversion=7\nseries=\nserial-text=\nmodel=\nvin=\n",
    "[radio]\nversion=1\nseries=\nserial-text=\xff\xfe\nmodel=\nvin=\n",
    NULL
  };

  for (guint i = 0; damaged[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *aside = i == 0 ? g_strconcat (f->path, ".corrupt", NULL)
                                      : g_strdup_printf ("%s.corrupt.%u", f->path, i + 1);
      RcRadio *radio = rc_radio_new (catalog, f->lockout);

      g_assert_true (g_file_set_contents (f->path, damaged[i], -1, NULL));
      g_assert_false (rc_radio_load (radio, f->path, &error));
      g_assert_nonnull (error);
      g_assert_nonnull (strstr (error->message, aside));
      g_assert_true (g_file_test (aside, G_FILE_TEST_EXISTS));
      /* It still saves from now on. */
      rc_radio_set_serial_text (radio, "NI667SM0474796");
      g_assert_finalize_object (radio);
      radio = open_radio (f);
      g_assert_cmpstr (rc_radio_get_serial_text (radio), ==, "NI667SM0474796");
      g_assert_finalize_object (radio);
    }
}

/* A folder where the file should be is unreadable, not damaged: left alone, never replaced. */
static void
test_unreadable (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *aside = g_strconcat (f->path, ".corrupt", NULL);
  RcRadio *radio = rc_radio_new (catalog, f->lockout);

  g_assert_cmpint (g_mkdir (f->path, 0700), ==, 0);
  g_assert_false (rc_radio_load (radio, f->path, &error));
  g_assert_nonnull (error);
  rc_radio_set_serial_text (radio, "NI667SM0474796");
  g_assert_true (g_file_test (f->path, G_FILE_TEST_IS_DIR));
  g_assert_false (g_file_test (aside, G_FILE_TEST_EXISTS));
  g_assert_finalize_object (radio);
  g_rmdir (f->path);
}

int
main (int   argc,
      char *argv[])
{
  rc_test_init_glib (&argc, &argv);
  catalog = rc_test_load_catalog ();

  g_test_add ("/radio/round-trip", Fixture, NULL, setup, test_round_trip, teardown);
  g_test_add ("/radio/notify-once", Fixture, NULL, setup, test_notify_once, teardown);
  g_test_add ("/radio/unknown-ids", Fixture, NULL, setup, test_unknown_ids, teardown);
  g_test_add ("/radio/damaged", Fixture, NULL, setup, test_damaged, teardown);
  g_test_add ("/radio/unreadable", Fixture, NULL, setup, test_unreadable, teardown);

  return rc_test_run_and_drop (catalog);
}
