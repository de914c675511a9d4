/* rc-radio.c — the radio being unlocked: which one, its serial, the car, the VIN, its tries
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One object holds what the owner told the app about the radio they are
 * unlocking, and every widget that shows or edits it binds to this object's
 * properties instead of keeping a copy. It is written to one state file
 * (atomically, a moment after a burst of changes such as typing, on a worker
 * thread) and read back at start; the tries and the WAIT clock are the
 * lockout's, which it holds.
 */

#define G_LOG_DOMAIN "radio-code-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rc-radio.h"
#include "rc-serial.h"
#include "rc-state-file.h"

#define GROUP "radio"
#define VERSION 1
/* Far longer than any label: a file with more was not written by this app. */
#define MAX_SERIAL_TEXT 65536
#define MAX_VIN_TEXT 65536
/* Typing is one burst of changes: saved once the keys pause this long. */
#define SAVE_DELAY_MS 250

struct _RcRadio
{
  GObject     parent_instance;

  RcCatalog  *catalog;
  RcLockout  *lockout;
  char       *path;

  RcSeries   *series;
  char       *serial_text;   /* as typed, never changed by the app */
  char       *serial;        /* as the catalog reads it, or NULL */
  RcModel    *model;
  char       *vin;           /* as typed */
  RcStateSaver *saver;
  gboolean    read_only;     /* only looked at (radio-code --status): never written */
};

G_DEFINE_FINAL_TYPE (RcRadio, rc_radio, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CATALOG,
  PROP_LOCKOUT,
  PROP_SERIES,
  PROP_SERIAL_TEXT,
  PROP_SERIAL,
  PROP_MODEL,
  PROP_VIN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
save (RcRadio *self)
{
  if (self->path != NULL && !self->read_only)
    rc_state_saver_queue (self->saver);
}

/* The whole file as the radio is now, for the saver to write. */
static GKeyFile *
fill_cb (gpointer user_data)
{
  RcRadio *self = user_data;
  GKeyFile *file;

  if (self->path == NULL)
    return NULL;

  file = g_key_file_new ();
  g_key_file_set_integer (file, GROUP, "version", VERSION);
  g_key_file_set_string (file, GROUP, "series",
                         self->series != NULL ? rc_series_get_id (self->series) : "");
  g_key_file_set_string (file, GROUP, "serial-text", self->serial_text);
  g_key_file_set_string (file, GROUP, "model",
                         self->model != NULL ? rc_model_get_id (self->model) : "");
  g_key_file_set_string (file, GROUP, "vin", self->vin);
  return file;
}

static void
saved_cb (gpointer      user_data,
          const GError *error)
{
  RcRadio *self = user_data;

  /* The lockout's own save (the same folder) says so in the window; the saver tries again. */
  if (error != NULL)
    g_message ("The radio's details could not be saved to %s: %s", self->path, error->message);
}

/* The serial as the catalog reads it follows what was typed and the series. */
static void
update_serial (RcRadio *self)
{
  g_autofree char *serial = NULL;

  if (self->serial_text[0] != '\0')
    serial = rc_serial_canonical (self->catalog, self->series, self->serial_text);
  if (g_strcmp0 (serial, self->serial) == 0)
    return;
  g_free (self->serial);
  self->serial = g_steal_pointer (&serial);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SERIAL]);
}

static void
rc_radio_dispose (GObject *object)
{
  RcRadio *self = RC_RADIO (object);

  /* What was typed last goes to disk before the radio goes. */
  g_clear_pointer (&self->saver, rc_state_saver_close);
  g_clear_object (&self->series);
  g_clear_object (&self->model);
  g_clear_object (&self->lockout);
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (rc_radio_parent_class)->dispose (object);
}

static void
rc_radio_finalize (GObject *object)
{
  RcRadio *self = RC_RADIO (object);

  g_free (self->path);
  g_free (self->serial_text);
  g_free (self->serial);
  g_free (self->vin);

  G_OBJECT_CLASS (rc_radio_parent_class)->finalize (object);
}

static void
rc_radio_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  RcRadio *self = RC_RADIO (object);

  switch (prop_id)
    {
    case PROP_CATALOG:
      g_value_set_object (value, self->catalog);
      break;
    case PROP_LOCKOUT:
      g_value_set_object (value, self->lockout);
      break;
    case PROP_SERIES:
      g_value_set_object (value, self->series);
      break;
    case PROP_SERIAL_TEXT:
      g_value_set_string (value, self->serial_text);
      break;
    case PROP_SERIAL:
      g_value_set_string (value, self->serial);
      break;
    case PROP_MODEL:
      g_value_set_object (value, self->model);
      break;
    case PROP_VIN:
      g_value_set_string (value, self->vin);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_radio_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  RcRadio *self = RC_RADIO (object);

  switch (prop_id)
    {
    case PROP_CATALOG:
      self->catalog = g_value_dup_object (value);
      break;
    case PROP_LOCKOUT:
      self->lockout = g_value_dup_object (value);
      break;
    case PROP_SERIES:
      rc_radio_set_series (self, g_value_get_object (value));
      break;
    case PROP_SERIAL_TEXT:
      rc_radio_set_serial_text (self, g_value_get_string (value));
      break;
    case PROP_MODEL:
      rc_radio_set_model (self, g_value_get_object (value));
      break;
    case PROP_VIN:
      rc_radio_set_vin (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_radio_class_init (RcRadioClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rc_radio_dispose;
  object_class->finalize = rc_radio_finalize;
  object_class->get_property = rc_radio_get_property;
  object_class->set_property = rc_radio_set_property;

  properties[PROP_CATALOG] =
    g_param_spec_object ("catalog", NULL, NULL, RC_TYPE_CATALOG,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOCKOUT] =
    g_param_spec_object ("lockout", NULL, NULL, RC_TYPE_LOCKOUT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SERIES] =
    g_param_spec_object ("series", NULL, NULL, RC_TYPE_SERIES,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SERIAL_TEXT] =
    g_param_spec_string ("serial-text", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SERIAL] =
    g_param_spec_string ("serial", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL, RC_TYPE_MODEL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_VIN] =
    g_param_spec_string ("vin", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rc_radio_init (RcRadio *self)
{
  self->serial_text = g_strdup ("");
  self->vin = g_strdup ("");
  self->saver = rc_state_saver_new (fill_cb, saved_cb, self);
  rc_state_saver_set_delay (self->saver, SAVE_DELAY_MS);
}

RcRadio *
rc_radio_new (RcCatalog *catalog,
              RcLockout *lockout)
{
  g_return_val_if_fail (RC_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (RC_IS_LOCKOUT (lockout), NULL);

  return g_object_new (RC_TYPE_RADIO, "catalog", catalog, "lockout", lockout, NULL);
}

/* A string from @file, or %NULL for one that is missing, not text, or too long. */
static char *
read_text (GKeyFile   *file,
           const char *key,
           gsize       max)
{
  /* GLib 2.74 sets its own GError twice on a value with two bad escapes
   * (found by fuzz-state): a value that is not UTF-8, or holds an escape
   * GKeyFile does not write, is refused first. */
  g_autofree char *raw = g_key_file_get_value (file, GROUP, key, NULL);
  g_autofree char *text = NULL;

  if (raw == NULL || !g_utf8_validate (raw, -1, NULL))
    return NULL;
  for (const char *p = strchr (raw, '\\'); p != NULL; p = strchr (p + 2, '\\'))
    if (p[1] == '\0' || strchr ("sntr\\", p[1]) == NULL)
      return NULL;
  text = g_key_file_get_string (file, GROUP, key, NULL);

  if (text == NULL || !g_utf8_validate (text, -1, NULL) || strlen (text) > max)
    return NULL;
  return g_steal_pointer (&text);
}

/* A file that was read but not understood (@damage says why) is set aside, unless the radio
 * only looks; either way the error says what became of it. */
static void
refuse_damaged (RcRadio      *self,
                const char   *path,
                const GError *damage,
                GError      **error)
{
  g_autofree char *aside = self->read_only ? NULL : rc_state_file_set_aside (path);

  self->path = g_strdup (path);
  if (self->read_only)
    g_set_error (error, damage->domain, damage->code,
                 _("What you told the app about the radio could not be read (%s). The file "
                   "is left as it is."), damage->message);
  else
    g_set_error (error, damage->domain, damage->code,
                 _("What you told the app about the radio could not be read (%s). The file "
                   "was kept as %s; please pick the radio and type its serial again."),
                 damage->message, aside != NULL ? aside : path);
}

/**
 * rc_radio_load:
 * @path: where the radio's details are kept; they are saved there from now on
 *
 * Reads what was saved at @path, if anything. A series or car the catalog
 * no longer has is left out; a file that cannot be understood is set aside
 * as @path.corrupt (numbered, never deleted) and the error says so.
 */
gboolean
rc_radio_load (RcRadio     *self,
               const char  *path,
               GError     **error)
{
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_autoptr(GError) local_error = NULL;
  g_autofree char *series = NULL, *serial_text = NULL, *model = NULL, *vin = NULL;

  g_return_val_if_fail (RC_IS_RADIO (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  rc_state_saver_switch_path (self->saver, path);
  g_free (self->path);
  self->path = NULL;

  if (!self->read_only)
    rc_state_file_clean (path);
  if (!rc_state_file_load (path, file, &local_error))
    {
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        {
          self->path = g_strdup (path);
          return TRUE;
        }
      /* Unreadable is not damaged: left alone, and nothing is saved over it. */
      if (local_error->domain == G_FILE_ERROR)
        {
          g_set_error (error, local_error->domain, local_error->code,
                       _("What you told the app about the radio could not be read (%s). The "
                         "file is left as it is, and nothing is saved over it."),
                       local_error->message);
          return FALSE;
        }
      goto fail;
    }

  if (g_key_file_get_integer (file, GROUP, "version", NULL) != VERSION ||
      (series = read_text (file, "series", 64)) == NULL ||
      (serial_text = read_text (file, "serial-text", MAX_SERIAL_TEXT)) == NULL ||
      (model = read_text (file, "model", 64)) == NULL ||
      (vin = read_text (file, "vin", MAX_VIN_TEXT)) == NULL)
    {
      g_set_error_literal (&local_error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_INVALID_VALUE,
                           /* Translators: why the radio's details could not be read, shown
                            * inside another message's brackets */
                           _("a value is missing, too long or not text"));
      goto fail;
    }

  /* Read back without writing each value out again. */
  rc_radio_set_series (self, rc_catalog_lookup_series (self->catalog, series));
  rc_radio_set_serial_text (self, serial_text);
  rc_radio_set_model (self, rc_catalog_lookup_model (self->catalog, model));
  rc_radio_set_vin (self, vin);
  self->path = g_strdup (path);
  return TRUE;

fail:
  refuse_damaged (self, path, local_error, error);
  return FALSE;
}

/* Only looks: loading cleans nothing up and sets nothing aside, and nothing is ever saved. */
void
rc_radio_set_read_only (RcRadio  *self,
                        gboolean  read_only)
{
  g_return_if_fail (RC_IS_RADIO (self));

  self->read_only = read_only;
}

RcCatalog *
rc_radio_get_catalog (RcRadio *self)
{
  g_return_val_if_fail (RC_IS_RADIO (self), NULL);
  return self->catalog;
}

/* The tries and the WAIT clock of this radio. */
RcLockout *
rc_radio_get_lockout (RcRadio *self)
{
  g_return_val_if_fail (RC_IS_RADIO (self), NULL);
  return self->lockout;
}

RcSeries *
rc_radio_get_series (RcRadio *self)
{
  g_return_val_if_fail (RC_IS_RADIO (self), NULL);
  return self->series;
}

/* The series the owner picked, or %NULL for “not sure”. */
void
rc_radio_set_series (RcRadio  *self,
                     RcSeries *series)
{
  g_return_if_fail (RC_IS_RADIO (self));
  g_return_if_fail (series == NULL || RC_IS_SERIES (series));

  if (!g_set_object (&self->series, series))
    return;
  update_serial (self);
  save (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SERIES]);
}

/* The serial exactly as typed: the app never changes it. */
const char *
rc_radio_get_serial_text (RcRadio *self)
{
  g_return_val_if_fail (RC_IS_RADIO (self), NULL);
  return self->serial_text;
}

void
rc_radio_set_serial_text (RcRadio    *self,
                          const char *text)
{
  g_return_if_fail (RC_IS_RADIO (self));

  if (text == NULL)
    text = "";
  if (g_strcmp0 (self->serial_text, text) == 0)
    return;
  g_free (self->serial_text);
  self->serial_text = g_strdup (text);
  update_serial (self);
  save (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SERIAL_TEXT]);
}

/* The serial as the catalog reads it (see rc_serial_canonical()), or %NULL while none is typed. */
const char *
rc_radio_get_serial (RcRadio *self)
{
  g_return_val_if_fail (RC_IS_RADIO (self), NULL);
  return self->serial;
}

RcModel *
rc_radio_get_model (RcRadio *self)
{
  g_return_val_if_fail (RC_IS_RADIO (self), NULL);
  return self->model;
}

/* The car, when the owner looked it up. */
void
rc_radio_set_model (RcRadio *self,
                    RcModel *model)
{
  g_return_if_fail (RC_IS_RADIO (self));
  g_return_if_fail (model == NULL || RC_IS_MODEL (model));

  if (!g_set_object (&self->model, model))
    return;
  save (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}

/* The car's identification number as typed, for a dealer. */
const char *
rc_radio_get_vin (RcRadio *self)
{
  g_return_val_if_fail (RC_IS_RADIO (self), NULL);
  return self->vin;
}

void
rc_radio_set_vin (RcRadio    *self,
                  const char *vin)
{
  g_return_if_fail (RC_IS_RADIO (self));

  if (vin == NULL)
    vin = "";
  if (g_strcmp0 (self->vin, vin) == 0)
    return;
  g_free (self->vin);
  self->vin = g_strdup (vin);
  save (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIN]);
}

/**
 * rc_radio_flush:
 *
 * Writes the radio's details now if a change is not on disk yet, and waits
 * for it (saves otherwise happen on a worker thread after a burst of changes).
 *
 * Returns: %FALSE if they could not be written
 */
gboolean
rc_radio_flush (RcRadio *self)
{
  g_return_val_if_fail (RC_IS_RADIO (self), FALSE);

  return rc_state_saver_flush (self->saver, NULL);
}

/* The saver that writes the radio's file, for tests that count its writes. */
RcStateSaver *
rc_radio_get_saver (RcRadio *self)
{
  g_return_val_if_fail (RC_IS_RADIO (self), NULL);

  return self->saver;
}
